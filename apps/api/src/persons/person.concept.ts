import type { ConceptDefinition } from '../store/write/concept.js';

/**
 * A contact person on the write path. Who they work for (WORKS_FOR with a role) is changed by the link
 * mutations, which merge, so it is not part of the person's form or revision.
 */
export const PERSON_CONCEPT: ConceptDefinition = {
  type: 'Person',
  sortKeyOf: 'name',
  properties: ['name', 'function', 'email', 'phone'],
  links: [],
  projection: 'n {.*, revision: coalesce(n.revision, 1)}',
  trashNote: [{ field: 'actorIds', relation: 'WORKS_FOR', direction: 'out', target: 'Actor' }],
};
