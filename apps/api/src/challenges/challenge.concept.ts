import { challengeProjection } from '../store/projections/projections.repository.js';
import type { ConceptDefinition } from '../store/write/concept.js';
import { CHALLENGE_DEFAULTS } from './challenge.types.js';

/**
 * A challenge on the write path. Once the steering group has set its status or priority, the challenge
 * is theirs to retitle, redescribe, move or delete (WRITE_POLICY).
 */
export const CHALLENGE_CONCEPT: ConceptDefinition = {
  type: 'Challenge',
  sortKeyOf: 'title',
  properties: ['title', 'description', 'status', 'priority'],
  links: [
    { field: 'actionFieldId', relation: 'IN_FIELD', direction: 'out', target: 'ActionField', single: true },
  ],
  projection: challengeProjection('n'),
  isProtected: (current) =>
    current.status !== CHALLENGE_DEFAULTS.status || current.priority !== CHALLENGE_DEFAULTS.priority,
  protectedFields: ['title', 'description', 'actionFieldId'],
  steeringFields: ['status', 'priority'],
  requiredFields: ['title', 'status', 'priority', 'actionFieldId'],
  trashNote: [
    { field: 'solutionApproachIds', relation: 'ADDRESSES', direction: 'in', target: 'SolutionApproach' },
  ],
};
