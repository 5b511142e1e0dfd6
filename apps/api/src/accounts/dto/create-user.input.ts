import { Field, InputType } from '@nestjs/graphql';
import type { Role } from '@netzwerkstatt/domain';
import { RoleEnum } from '../models/role.enum.js';

@InputType()
export class CreateUserInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field({ description: 'At least 12 characters; the person must change it at first sign-in.' })
  password: string;

  @Field(() => RoleEnum)
  role: Role;
}
