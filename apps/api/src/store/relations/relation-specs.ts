/**
 * The nested lists between challenges, solution approaches, good practices, actors and action fields:
 * per owning type and GraphQL field, the kind listed and the pattern from the owner (`n`) to each
 * listed node (`x`). Labels and types are constants of this table; variable names come from the
 * projection code, never from input.
 */
export type ListedKind = 'Challenge' | 'SolutionApproach' | 'GoodPractice' | 'Actor';
export type OwnerKind = ListedKind | 'ActionField';

export interface RelationSpec<T extends OwnerKind = ListedKind> {
  target: T;
  pattern: (n: string, x: string) => string;
}

export const RELATIONS: Record<OwnerKind, Record<string, RelationSpec>> = {
  Challenge: {
    solutionApproaches: {
      target: 'SolutionApproach',
      pattern: (n, x) => `(${x}:SolutionApproach)-[:ADDRESSES]->(${n})`,
    },
    actors: {
      target: 'Actor',
      pattern: (n, x) => `(${x}:Actor)-[:CARRIES]->(:SolutionApproach)-[:ADDRESSES]->(${n})`,
    },
  },
  SolutionApproach: {
    challenges: { target: 'Challenge', pattern: (n, x) => `(${n})-[:ADDRESSES]->(${x}:Challenge)` },
    carriers: { target: 'Actor', pattern: (n, x) => `(${x}:Actor)-[:CARRIES]->(${n})` },
    goodPractices: { target: 'GoodPractice', pattern: (n, x) => `(${x}:GoodPractice)-[:EVIDENCES]->(${n})` },
  },
  GoodPractice: {
    solutionApproaches: {
      target: 'SolutionApproach',
      pattern: (n, x) => `(${n})-[:EVIDENCES]->(${x}:SolutionApproach)`,
    },
    practisedBy: { target: 'Actor', pattern: (n, x) => `(${n})-[:PRACTISED_BY]->(${x}:Actor)` },
  },
  Actor: {
    solutionApproaches: {
      target: 'SolutionApproach',
      pattern: (n, x) => `(${n})-[:CARRIES]->(${x}:SolutionApproach)`,
    },
    goodPractices: {
      target: 'GoodPractice',
      pattern: (n, x) => `(${x}:GoodPractice)-[:PRACTISED_BY]->(${n})`,
    },
  },
  ActionField: {
    challenges: { target: 'Challenge', pattern: (n, x) => `(${x}:Challenge)-[:IN_FIELD]->(${n})` },
  },
};

/**
 * Lists of reference nodes that lead on to nested lists (`actor { actionFields { challenges } }`). The
 * nodes themselves are the shared, kept reference objects; only their ids and the nested lists below
 * them are fetched with the owner, and the owner's module hands out per-request copies carrying them.
 */
export const REFERENCE_RELATIONS: Partial<Record<ListedKind, Record<string, RelationSpec<'ActionField'>>>> = {
  Actor: {
    actionFields: { target: 'ActionField', pattern: (n, x) => `(${n})-[:WORKS_IN]->(${x}:ActionField)` },
  },
};
