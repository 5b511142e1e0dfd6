import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { TitleOrderInput } from '../../store/paging/title-order.js';
import type { ChallengePriority, ChallengeStatus } from '../challenge.types.js';
import { ChallengePriorityEnum, ChallengeStatusEnum } from '../models/challenge.model.js';

@InputType({ description: 'Every given criterion must hold; within a list any one value suffices.' })
export class ChallengeFilterInput {
  @Field(() => [ID], { nullable: true })
  actionFieldIds?: string[] | null;

  @Field(() => [ChallengeStatusEnum], { nullable: true })
  status?: ChallengeStatus[] | null;

  @Field(() => [ChallengePriorityEnum], { nullable: true })
  priority?: ChallengePriority[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Worked on in one of these regions: an actor carrying one of its solution approaches is active there ' +
      'or statewide (a challenge has no region of its own)',
  })
  regionIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only challenges no solution approach addresses',
  })
  withoutSolution?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in title or description; the last may be cut short',
  })
  text?: string | null;
}

@ArgsType()
export class ListChallengesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20)' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ChallengeFilterInput, { nullable: true })
  filter?: ChallengeFilterInput | null;

  @Field(() => TitleOrderInput, { nullable: true })
  orderBy?: TitleOrderInput | null;
}
