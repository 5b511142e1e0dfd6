import { solutionProjection } from '../store/projections/projections.repository.js';
import type { ConceptDefinition } from '../store/write/concept.js';

/** A solution approach on the write path; its links to challenges and carriers merge (link mutations). */
export const SOLUTION_CONCEPT: ConceptDefinition = {
  type: 'SolutionApproach',
  sortKeyOf: 'title',
  properties: ['title', 'description', 'status', 'progress'],
  links: [
    { field: 'challengeIds', relation: 'ADDRESSES', direction: 'out', target: 'Challenge' },
    { field: 'carrierIds', relation: 'CARRIES', direction: 'in', target: 'Actor' },
  ],
  projection: solutionProjection('n'),
  requiredFields: ['title', 'status', 'progress'],
  trashNote: [{ field: 'goodPracticeIds', relation: 'EVIDENCES', direction: 'in', target: 'GoodPractice' }],
};
