import { CLIENT_ID } from '../../store/write/write-args.js';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'A new actor. Lists of ids link it to categories, action fields and regions.' })
export class CreateActorInput {
  @Field(() => ID, { nullable: true, description: CLIENT_ID })
  id?: string | null;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address' })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Works statewide (landesweit); default false' })
  statewide?: boolean | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  actionFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  regionIds?: string[] | null;
}
