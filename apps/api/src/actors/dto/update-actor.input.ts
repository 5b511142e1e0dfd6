import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description:
    'A partial update: a field left out stays as it is; null clears an optional text; ' +
    'a list of ids replaces the links of that kind ([] or null removes them all).',
})
export class UpdateActorInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => Boolean, { nullable: true })
  statewide?: boolean | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  actionFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  regionIds?: string[] | null;
}
