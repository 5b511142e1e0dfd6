import type { ChallengePriority, ChallengeStatus, SteeringBoardQuery } from '../../graphql/generated/graphql';

export const STATUSES: ChallengeStatus[] = ['open', 'in_progress', 'addressed', 'closed'];
export const PRIORITIES: ChallengePriority[] = ['high', 'medium', 'low'];

export type BoardCard = SteeringBoardQuery['challenges']['edges'][number]['node'];
