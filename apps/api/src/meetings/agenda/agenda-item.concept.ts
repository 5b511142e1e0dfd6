import type { ConceptDefinition } from '../../store/write/concept.js';

export const agendaItemProjection = (n: string) =>
  `${n} { .id, .title, .position, .notes, .decision, revision: coalesce(${n}.revision, 1), .createdAt,
    .updatedAt, .createdBy, .updatedBy,
    meetingId: COLLECT { MATCH (${n})-[:ON_AGENDA_OF]->(m:Meeting) RETURN m.id }[0],
    challenges: COLLECT { MATCH (${n})-[:CONCERNS]->(c:Challenge) RETURN c { .id, .title } ORDER BY c.sortKey },
    solutions: COLLECT { MATCH (${n})-[:CONCERNS]->(s:SolutionApproach) RETURN s { .id, .title } ORDER BY s.sortKey },
    guidelines: COLLECT { MATCH (${n})-[:CONCERNS]->(g:Guideline) RETURN g { .id, .title } ORDER BY g.sortKey } }`;

/**
 * (:AgendaItem {title, position, notes, decision})-[:ON_AGENDA_OF]->(:Meeting), -[:CONCERNS]-> the
 * challenges, solution approaches and guidelines it is about. `decision` records what the meeting decided
 * on it; action items can be raised from it.
 */
export const AGENDA_ITEM_CONCEPT: ConceptDefinition = {
  type: 'AgendaItem',
  sortKeyOf: 'title',
  properties: ['title', 'position', 'notes', 'decision'],
  links: [
    { field: 'meetingId', relation: 'ON_AGENDA_OF', direction: 'out', target: 'Meeting', single: true },
    { field: 'challengeIds', relation: 'CONCERNS', direction: 'out', target: 'Challenge' },
    { field: 'solutionIds', relation: 'CONCERNS', direction: 'out', target: 'SolutionApproach' },
    { field: 'guidelineIds', relation: 'CONCERNS', direction: 'out', target: 'Guideline' },
  ],
  projection: agendaItemProjection('n'),
  requiredFields: ['title', 'position', 'meetingId'],
  notRestorable: ['meetingId'],
};
