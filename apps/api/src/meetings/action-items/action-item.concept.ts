import type { ConceptDefinition } from '../../store/write/concept.js';

export const actionItemProjection = (n: string) =>
  `${n} { .id, .title, .dueDate, .status, .doneOn, revision: coalesce(${n}.revision, 1), .createdAt,
    .updatedAt, .createdBy, .updatedBy,
    meetingId: COLLECT { MATCH (${n})-[:RAISED_AT]->(m:Meeting) RETURN m.id }[0],
    meetingTitle: COLLECT { MATCH (${n})-[:RAISED_AT]->(m:Meeting) RETURN m.title }[0],
    meetingStartsAt: COLLECT { MATCH (${n})-[:RAISED_AT]->(m:Meeting) RETURN m.startsAt }[0],
    ownerId: COLLECT { MATCH (${n})-[:ASSIGNED_TO]->(a:Actor) RETURN a.id }[0],
    ownerName: COLLECT { MATCH (${n})-[:ASSIGNED_TO]->(a:Actor) RETURN a.name }[0],
    agendaItemId: COLLECT { MATCH (${n})-[:FROM_ITEM]->(i:AgendaItem) RETURN i.id }[0] }`;

/**
 * (:ActionItem {title, dueDate, status, doneOn})-[:RAISED_AT]->(:Meeting), -[:ASSIGNED_TO]->(:Actor),
 * optionally -[:FROM_ITEM]->(:AgendaItem) whose decision it carries out. An item not done comes back on
 * every later meeting of its series; `doneOn` (the Berlin day it was marked done) keeps past agendas
 * as they were.
 */
export const ACTION_ITEM_CONCEPT: ConceptDefinition = {
  type: 'ActionItem',
  sortKeyOf: 'title',
  properties: ['title', 'dueDate', 'status', 'doneOn'],
  links: [
    { field: 'meetingId', relation: 'RAISED_AT', direction: 'out', target: 'Meeting', single: true },
    { field: 'ownerId', relation: 'ASSIGNED_TO', direction: 'out', target: 'Actor', single: true },
    { field: 'agendaItemId', relation: 'FROM_ITEM', direction: 'out', target: 'AgendaItem', single: true },
  ],
  projection: actionItemProjection('n'),
  requiredFields: ['title', 'status', 'meetingId'],
  notRestorable: ['meetingId', 'doneOn'],
};
