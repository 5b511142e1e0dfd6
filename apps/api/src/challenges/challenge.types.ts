export const CHALLENGE_STATUSES = ['open', 'in_progress', 'addressed', 'closed'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const CHALLENGE_PRIORITIES = ['low', 'medium', 'high'] as const;
export type ChallengePriority = (typeof CHALLENGE_PRIORITIES)[number];

/** What a member's new challenge gets: the steering group sets status and priority. */
export const CHALLENGE_DEFAULTS = { status: 'open', priority: 'medium' } as const satisfies {
  status: ChallengeStatus;
  priority: ChallengePriority;
};

/** A challenge as stored, mapped to plain data at the repository edge. */
export interface ChallengeRecord {
  id: string;
  title: string;
  description: string | null;
  status: ChallengeStatus;
  priority: ChallengePriority;
  actionFieldId: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

/** The editable state of a challenge, as its history compares it. */
export interface ChallengeSnapshot {
  title: string;
  description: string | null;
  status: ChallengeStatus;
  priority: ChallengePriority;
  actionFieldId: string | null;
}

export interface ChallengeFilter {
  actionFieldIds?: string[] | null;
  status?: ChallengeStatus[] | null;
  priority?: ChallengePriority[] | null;
  /** Challenges an actor active in one of these regions (or statewide) works on through an approach. */
  regionIds?: string[] | null;
  /** Only challenges no solution approach addresses (a gap). */
  withoutSolution?: boolean | null;
  text?: string | null;
}

export function challengeSnapshot(record: ChallengeRecord): ChallengeSnapshot {
  const { title, description, status, priority, actionFieldId } = record;
  return { title, description, status, priority, actionFieldId };
}
