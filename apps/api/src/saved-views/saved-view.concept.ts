import type { ConceptDefinition } from '../store/write/concept.js';

const owner = (n: string) =>
  `ownerName: COLLECT { MATCH (u:User {id: ${n}.createdBy}) RETURN u.displayName }[0]`;

/** A saved view as a list shows it: everything but its state, which can be large. */
export const savedViewSummaryProjection = (n: string) =>
  `${n} { .id, .name, shared: coalesce(${n}.shared, false), stateSize: size(${n}.state),
    revision: coalesce(${n}.revision, 1), .createdAt, .updatedAt, .createdBy, .updatedBy, ${owner(n)} }`;

/** A saved view with its state, as one view is opened. */
export const savedViewProjection = (n: string) =>
  `${n} { .id, .name, .state, shared: coalesce(${n}.shared, false), stateSize: size(${n}.state),
    revision: coalesce(${n}.revision, 1), .createdAt, .updatedAt, .createdBy, .updatedBy, ${owner(n)} }`;

/**
 * (:SavedGraphView {name, state, shared}): a graph explorer view someone saved — its filters, styling,
 * positions, selection, layout and camera as the web's JSON (the server checks that it is a JSON object
 * and stores it as it came). A personal record: its owner (`createdBy`) changes and deletes it, admins
 * any (WRITE_POLICY's `…Personal` rows); shared ones are readable by every signed-in account.
 */
export const SAVED_GRAPH_VIEW_CONCEPT: ConceptDefinition = {
  type: 'SavedGraphView',
  sortKeyOf: 'name',
  properties: ['name', 'state', 'shared'],
  links: [],
  projection: savedViewProjection('n'),
  personal: true,
  requiredFields: ['name', 'state', 'shared'],
};
