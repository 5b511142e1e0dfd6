import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { TitleOrderInput } from '../../store/paging/title-order.js';

@InputType({ description: 'Every given criterion must hold; within a list any one value suffices.' })
export class GoodPracticeFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Evidencing one of these solution approaches' })
  solutionApproachIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Practised by one of these actors' })
  actorIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in title or description; the last may be cut short',
  })
  text?: string | null;
}

@ArgsType()
export class ListGoodPracticesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => GoodPracticeFilterInput, { nullable: true })
  filter?: GoodPracticeFilterInput | null;

  @Field(() => TitleOrderInput, { nullable: true })
  orderBy?: TitleOrderInput | null;
}
