import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class ListRevisionsArgs {
  @Field(() => ID)
  guidelineId: string;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}
