import type { ConceptDefinition } from '../store/write/concept.js';

/** A mandate as every query returns it: its term, how it came about, who holds it for which organisation. */
export const mandateProjection = (n: string) =>
  `${n} { .id, .startDate, .endDate, .kind, revision: coalesce(${n}.revision, 1), .createdAt, .updatedAt,
    .createdBy, .updatedBy,
    personId: COLLECT { MATCH (p:Person)-[:HOLDS]->(${n}) RETURN p.id }[0],
    personName: COLLECT { MATCH (p:Person)-[:HOLDS]->(${n}) RETURN p.name }[0],
    actorId: COLLECT { MATCH (${n})-[:REPRESENTS]->(a:Actor) RETURN a.id }[0],
    actorName: COLLECT { MATCH (${n})-[:REPRESENTS]->(a:Actor) RETURN a.name }[0] }`;

/**
 * (:Person)-[:HOLDS]->(:Mandate {startDate, endDate, kind})-[:REPRESENTS]->(:Actor): a seat in the
 * steering group (agreement VI). Days are `YYYY-MM-DD`; `endDate` is exclusive (the first day the seat is
 * no longer held; normally start + 3 years). Only the steering group and admins write mandates
 * (STEERING_RECORD_TYPES); the limits — at most 10 running on any day, no overlap for one person — are
 * checked inside the write transaction (mandates.service.ts).
 */
export const MANDATE_CONCEPT: ConceptDefinition = {
  type: 'Mandate',
  sortKeyOf: 'startDate',
  properties: ['startDate', 'endDate', 'kind'],
  links: [
    { field: 'personId', relation: 'HOLDS', direction: 'in', target: 'Person', single: true },
    { field: 'actorId', relation: 'REPRESENTS', direction: 'out', target: 'Actor', single: true },
  ],
  projection: mandateProjection('n'),
  requiredFields: ['startDate', 'endDate', 'kind', 'personId', 'actorId'],
};
