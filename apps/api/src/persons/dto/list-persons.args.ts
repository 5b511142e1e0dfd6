import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class PersonFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only persons who work for this actor' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Words in the name; the last may be cut short' })
  text?: string | null;
}

@ArgsType()
export class ListPersonsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => PersonFilterInput, { nullable: true })
  filter?: PersonFilterInput | null;
}
