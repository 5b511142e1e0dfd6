import type { GuidelineStatus } from '../../graphql/generated/graphql';

export const GUIDELINE_STATUSES: GuidelineStatus[] = ['draft', 'review', 'published'];

/**
 * The review workflow as the API enforces it: one step forward or back at a time, publishing only
 * after review. The form offers the current status and these.
 */
const TRANSITIONS: Record<GuidelineStatus, readonly GuidelineStatus[]> = {
  draft: ['review'],
  review: ['draft', 'published'],
  published: ['review'],
};

/** The statuses a guideline in `current` may be given next, the current one first. */
export function reachableStatuses(current: GuidelineStatus): GuidelineStatus[] {
  return [current, ...TRANSITIONS[current]];
}

export const STATUS_COLORS: Record<GuidelineStatus, string> = {
  draft: 'gray',
  review: 'orange',
  published: 'teal',
};
