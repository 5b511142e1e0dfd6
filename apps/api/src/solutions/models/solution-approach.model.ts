import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';
import { SOLUTION_STATUSES, type SolutionStatus } from '../solution.types.js';

export const SolutionStatusEnum = Object.fromEntries(SOLUTION_STATUSES.map((s) => [s, s])) as {
  [S in SolutionStatus]: S;
};
registerEnumType(SolutionStatusEnum, {
  name: 'SolutionStatus',
  description: 'proposed → piloting → established, or discontinued',
});

@ObjectType('SolutionApproach', {
  description:
    'Lösungsansatz: answers challenges; proposed and carried by actors, evidenced by good practices.',
})
export class SolutionApproachModel extends AuditedModel {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => SolutionStatusEnum)
  status: SolutionStatus;

  @Field(() => Int, { description: 'Progress in whole percent, 0–100' })
  progress: number;
}

export const SolutionApproachConnection = ConnectionType(SolutionApproachModel, 'SolutionApproach');
