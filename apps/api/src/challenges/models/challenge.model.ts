import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { AuditedModel } from '../../store/audited.model.js';
import {
  CHALLENGE_PRIORITIES,
  CHALLENGE_STATUSES,
  type ChallengePriority,
  type ChallengeStatus,
} from '../challenge.types.js';

export const ChallengeStatusEnum = Object.fromEntries(CHALLENGE_STATUSES.map((s) => [s, s])) as {
  [S in ChallengeStatus]: S;
};
registerEnumType(ChallengeStatusEnum, {
  name: 'ChallengeStatus',
  description: 'open → in_progress → addressed → closed; set by the steering group',
});

export const ChallengePriorityEnum = Object.fromEntries(CHALLENGE_PRIORITIES.map((p) => [p, p])) as {
  [P in ChallengePriority]: P;
};
registerEnumType(ChallengePriorityEnum, {
  name: 'ChallengePriority',
  description: 'Set by the steering group',
});

/**
 * Herausforderung (action goal 5). Its action field, solution approaches and the actors carrying them
 * are resolved per request in batches.
 */
@ObjectType('Challenge', {
  description: 'A practical or fundamental challenge in one action field (Herausforderung).',
})
export class ChallengeModel extends AuditedModel {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => ChallengeStatusEnum)
  status: ChallengeStatus;

  @Field(() => ChallengePriorityEnum)
  priority: ChallengePriority;

  /** Resolved into `actionField`; not part of the schema. */
  actionFieldId: string | null;
}

export const ChallengeConnection = ConnectionType(ChallengeModel, 'Challenge');
