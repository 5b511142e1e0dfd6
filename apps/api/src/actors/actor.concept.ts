import { ACTOR_REFUSALS } from '@netzwerkstatt/domain';
import { actorProjection } from '../store/projections/projections.repository.js';
import type { ConceptDefinition } from '../store/write/concept.js';
import { ACTOR_RELATION_LIST } from '../store/relations/actor-relations.js';

/** An actor on the write path: its name is unique (German spelling folded), its reference links are part of its form. */
export const ACTOR_CONCEPT: ConceptDefinition = {
  type: 'Actor',
  sortKeyOf: 'name',
  properties: ['name', 'description', 'website', 'email', 'statewide'],
  links: ACTOR_RELATION_LIST.map((spec) => ({
    field: spec.field,
    relation: spec.type,
    direction: 'out' as const,
    target: spec.label,
  })),
  projection: actorProjection('n'),
  requiredFields: ['name', 'statewide'],
  uniqueName: ACTOR_REFUSALS.duplicateName,
  trashNote: [{ field: 'personIds', relation: 'WORKS_FOR', direction: 'in', target: 'Person' }],
};
