import { guidelineProjection } from '../store/projections/projections.repository.js';
import type { ConceptDefinition } from '../store/write/concept.js';

/** A guideline on the write path: in review or published, it is the steering group's to retitle or delete. */
export const GUIDELINE_CONCEPT: ConceptDefinition = {
  type: 'Guideline',
  sortKeyOf: 'title',
  properties: ['title', 'status', 'version'],
  links: [
    { field: 'actionFieldId', relation: 'IN_FIELD', direction: 'out', target: 'ActionField', single: true },
  ],
  projection: guidelineProjection('n'),
  isProtected: (current) => current.status !== 'draft',
  protectedFields: ['title', 'version', 'actionFieldId'],
  steeringFields: ['status'],
  requiredFields: ['title', 'status'],
  // The workflow moves one step at a time; an earlier status is not restored around it.
  notRestorable: ['status'],
};
