import type { ConceptDefinition } from '../store/write/concept.js';

/** Who wrote it and when, and what it hangs on, as every comment query returns it. */
export const commentProjection = (n: string) =>
  `${n} { .id, .body, .anchor, .quote, resolved: coalesce(${n}.resolved, false), .resolvedAt, .resolvedBy,
    revision: coalesce(${n}.revision, 1), .createdAt, .updatedAt, .createdBy, .updatedBy,
    authorName: COLLECT { MATCH (u:User {id: ${n}.createdBy}) RETURN u.displayName }[0],
    resolvedByName: COLLECT { MATCH (u:User {id: ${n}.resolvedBy}) RETURN u.displayName }[0],
    guidelineId: COLLECT { MATCH (${n})-[:ON]->(g:Guideline) RETURN g.id }[0],
    replyToId: COLLECT { MATCH (${n})-[:REPLY_TO]->(p) RETURN p.id }[0] }`;

/**
 * A comment on a guideline, anchored to a range of its text by a pair of Yjs relative positions, or a
 * reply to one. Its author edits the text; any member resolves or reopens a thread; the author or the
 * steering group moves it to the Papierkorb (WRITE_POLICY's `delete`).
 */
export const COMMENT_CONCEPT: ConceptDefinition = {
  type: 'Comment',
  sortKeyOf: 'body',
  properties: ['body', 'anchor', 'quote', 'resolved', 'resolvedAt', 'resolvedBy'],
  links: [
    { field: 'guidelineId', relation: 'ON', direction: 'out', target: 'Guideline', single: true },
    { field: 'replyToId', relation: 'REPLY_TO', direction: 'out', target: 'Comment', single: true },
  ],
  projection: commentProjection('n'),
  requiredFields: ['body', 'guidelineId'],
  // Resolving follows the thread's state, an earlier value is not brought back around it.
  notRestorable: ['resolved', 'resolvedAt', 'resolvedBy', 'guidelineId', 'replyToId'],
};
