import type { GuidelineStatus } from '../../../graphql/generated/graphql';

export interface PublicationState {
  status: GuidelineStatus;
  draftDiffers: boolean;
  publishedVersion: { number: number; publishedAt: string } | null;
}

/**
 * What the guideline says about its versions: the latest published one (with its date), and which
 * version the live text is the draft of — the next number while nothing is published or the text has
 * moved on since the last publication, none while the text is the published one.
 */
export function publicationOf(state: PublicationState) {
  const latest = state.publishedVersion;
  const next = (latest?.number ?? 0) + 1;
  return {
    published: latest,
    draftFor: !latest || state.draftDiffers || state.status !== 'published' ? next : null,
    next,
  };
}

/**
 * The workflow step the steering group can take from here (the API allows one step at a time):
 * a draft goes to review, a review is published, and a published guideline whose text has moved on
 * goes to review as the draft of the next version.
 */
export function nextStep(state: PublicationState): 'toReview' | 'publish' | 'nextToReview' | null {
  if (state.status === 'draft') return 'toReview';
  if (state.status === 'review') return 'publish';
  return state.draftDiffers ? 'nextToReview' : null;
}
