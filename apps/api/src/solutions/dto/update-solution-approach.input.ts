import { Field, InputType, Int } from '@nestjs/graphql';
import { SolutionStatusEnum } from '../models/solution-approach.model.js';
import type { SolutionStatus } from '../solution.types.js';

@InputType({
  description:
    'A partial update of the properties: a field left out (or null) stays as it is, except description, which ' +
    'null clears. Links change with linkSolutionToChallenge and linkActorToSolution.',
})
export class UpdateSolutionApproachInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SolutionStatusEnum, { nullable: true })
  status?: SolutionStatus | null;

  @Field(() => Int, { nullable: true, description: 'Progress in whole percent, 0–100' })
  progress?: number | null;
}
