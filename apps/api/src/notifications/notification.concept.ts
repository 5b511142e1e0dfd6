import type { ConceptDefinition } from '../store/write/concept.js';

/** A notification as every query returns it; `at` is when it was created. */
export const notificationProjection = (n: string) =>
  `${n} { .id, .kind, read: coalesce(${n}.read, false), at: ${n}.createdAt, .guidelineId, .commentId, .actorName,
    guidelineTitle: COLLECT { MATCH (g:Guideline {id: ${n}.guidelineId}) RETURN g.title }[0] }`;

/**
 * (:Notification {kind, read, guidelineId, commentId, actorName})-[:FOR]->(:User): something that
 * happened for one person (so far: someone mentioned them in a comment). It is written in the
 * transaction of the change that caused it, so a comment and its notifications exist together or not at
 * all; whether it has been read is its recipient's own state.
 */
export const NOTIFICATION_CONCEPT: ConceptDefinition = {
  type: 'Notification',
  sortKeyOf: 'kind',
  properties: ['kind', 'read', 'guidelineId', 'commentId', 'actorName'],
  links: [],
  projection: notificationProjection('n'),
  requiredFields: ['kind'],
  notRestorable: ['kind', 'read', 'guidelineId', 'commentId', 'actorName'],
};

export const NOTIFICATION_KINDS = ['comment_mention'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationRecord {
  id: string;
  kind: NotificationKind;
  read: boolean;
  at: string;
  guidelineId: string | null;
  guidelineTitle: string | null;
  commentId: string | null;
  actorName: string | null;
}
