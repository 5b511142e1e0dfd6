import { Field, ObjectType } from '@nestjs/graphql';
import type { SolutionStatus } from '../solution.types.js';
import { SolutionStatusEnum } from './solution-approach.model.js';

@ObjectType('SolutionStatusChange', {
  description: 'A status a solution approach took, from its history (the create included: from null).',
})
export class SolutionStatusChangeModel {
  @Field({ description: 'ISO 8601 timestamp' })
  at: string;

  @Field(() => SolutionStatusEnum, { nullable: true })
  from: SolutionStatus | null;

  @Field(() => SolutionStatusEnum)
  to: SolutionStatus;

  @Field(() => String, { nullable: true, description: 'Who set it (null: a deleted account or a seed)' })
  userName: string | null;
}
