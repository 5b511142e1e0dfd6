import { goodPracticeProjection } from '../store/projections/projections.repository.js';
import type { ConceptDefinition } from '../store/write/concept.js';

/** A good practice on the write path; its links to approaches and actors merge (link mutations). */
export const GOOD_PRACTICE_CONCEPT: ConceptDefinition = {
  type: 'GoodPractice',
  sortKeyOf: 'title',
  properties: ['title', 'description', 'url', 'year'],
  links: [
    { field: 'solutionApproachIds', relation: 'EVIDENCES', direction: 'out', target: 'SolutionApproach' },
    { field: 'practisedByIds', relation: 'PRACTISED_BY', direction: 'out', target: 'Actor' },
  ],
  projection: goodPracticeProjection('n'),
};
