import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@netzwerkstatt/domain';
import { ConnectionType } from '../../common/pagination/connection.js';
import { RoleEnum } from './role.enum.js';

@ObjectType('Account', {
  description: 'A person who can sign in. The password hash never leaves the server.',
})
export class AccountModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Lower-cased; unique' })
  email: string;

  @Field()
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field({ description: 'A disabled account cannot sign in and has no valid sessions.' })
  disabled: boolean;

  @Field({
    description:
      'The password was set by someone else (an admin, the CLI): until it is changed, only me, signOut and changePassword are allowed.',
  })
  mustChangePassword: boolean;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;
}

export const AccountConnection = ConnectionType(AccountModel, 'Account');
