import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { TitleOrderInput } from '../../store/paging/title-order.js';
import { SolutionStatusEnum } from '../models/solution-approach.model.js';
import type { SolutionStatus } from '../solution.types.js';

@InputType({ description: 'Every given criterion must hold; within a list any one value suffices.' })
export class SolutionApproachFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Addressing one of these challenges' })
  challengeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Addressing a challenge in one of these action fields' })
  actionFieldIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Carried by one of these actors' })
  actorIds?: string[] | null;

  @Field(() => [SolutionStatusEnum], { nullable: true })
  status?: SolutionStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only approaches no actor carries' })
  withoutCarrier?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in title or description; the last may be cut short',
  })
  text?: string | null;
}

@ArgsType()
export class ListSolutionApproachesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => SolutionApproachFilterInput, { nullable: true })
  filter?: SolutionApproachFilterInput | null;

  @Field(() => TitleOrderInput, { nullable: true })
  orderBy?: TitleOrderInput | null;
}
