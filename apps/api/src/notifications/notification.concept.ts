import type { ConceptDefinition } from '../store/write/concept.js';

/** A notification as every query returns it; `at` is when it was created. */
export const notificationProjection = (n: string) =>
  `${n} { .id, .kind, read: coalesce(${n}.read, false), at: ${n}.createdAt, .guidelineId, .commentId, .actorName,
    guidelineTitle: COLLECT { MATCH (g:Guideline {id: ${n}.guidelineId}) RETURN g.title }[0], .mandateId,
    mandate: COLLECT { MATCH (m:Mandate {id: ${n}.mandateId})
      RETURN {endDate: m.endDate, personName: COLLECT { MATCH (p:Person)-[:HOLDS]->(m) RETURN p.name }[0],
        actorName: COLLECT { MATCH (m)-[:REPRESENTS]->(a:Actor) RETURN a.name }[0]} }[0] }`;

/**
 * (:Notification {kind, read, guidelineId, commentId, actorName, mandateId})-[:FOR]->(:User): something
 * that happened for one person (someone mentioned them in a comment; a steering group mandate's
 * confirmation falls due within 90 days, for the steering group and admins). It is written in the
 * transaction of the change that caused it, so a comment and its notifications exist together or not at
 * all; whether it has been read is its recipient's own state.
 */
export const NOTIFICATION_CONCEPT: ConceptDefinition = {
  type: 'Notification',
  sortKeyOf: 'kind',
  properties: ['kind', 'read', 'guidelineId', 'commentId', 'actorName', 'mandateId'],
  links: [],
  projection: notificationProjection('n'),
  requiredFields: ['kind'],
  notRestorable: ['kind', 'read', 'guidelineId', 'commentId', 'actorName', 'mandateId'],
};

export const NOTIFICATION_KINDS = ['comment_mention', 'mandate_confirmation_due'] as const;
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
  mandateId: string | null;
  mandate: { endDate: string; personName: string | null; actorName: string | null } | null;
}
