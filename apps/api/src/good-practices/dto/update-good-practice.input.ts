import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({
  description:
    'A partial update of the properties: a field left out stays as it is; null clears description, url and ' +
    'year (a null title is ignored). Links change with linkGoodPracticeToSolution and setGoodPracticeActors.',
})
export class UpdateGoodPracticeInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}
