export const GUIDELINE_STATUSES = ['draft', 'review', 'published'] as const;
export type GuidelineStatus = (typeof GUIDELINE_STATUSES)[number];

/**
 * The review workflow: forward one step at a time, or back one step (a review sends a draft back, a
 * published guideline is reopened for review). Publishing without review is not possible.
 */
export const GUIDELINE_TRANSITIONS: Record<GuidelineStatus, readonly GuidelineStatus[]> = {
  draft: ['review'],
  review: ['draft', 'published'],
  published: ['review'],
};

/** Guideline metadata as stored; the text itself is co-edited elsewhere. */
export interface GuidelineRecord {
  id: string;
  title: string;
  status: GuidelineStatus;
  version: string | null;
  actionFieldId: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

export interface GuidelineSnapshot {
  title: string;
  status: GuidelineStatus;
  version: string | null;
  actionFieldId: string | null;
}

export interface GuidelineFilter {
  actionFieldIds?: string[] | null;
  status?: GuidelineStatus[] | null;
  text?: string | null;
}

export function guidelineSnapshot(record: GuidelineSnapshot): GuidelineSnapshot {
  const { title, status, version, actionFieldId } = record;
  return { title, status, version, actionFieldId };
}
