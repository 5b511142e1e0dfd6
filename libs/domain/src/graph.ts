import type { EntityType } from './labels.js';

/**
 * The relationship kinds of the knowledge graph, as stored (ARCHITECTURE.md, „The graph“). Graph views
 * walk and show these only: accounts, sessions, history, text storage and comments stay out of them.
 */
export const GRAPH_RELATIONSHIPS = [
  'NEXT',
  'PLACED_IN',
  'IN_CATEGORY',
  'WORKS_IN',
  'ACTIVE_IN',
  'WORKS_FOR',
  'IN_FIELD',
  'ADDRESSES',
  'CARRIES',
  'EVIDENCES',
  'PRACTISED_BY',
  'MENTIONS',
] as const;
export type GraphRelationship = (typeof GRAPH_RELATIONSHIPS)[number];

/** How many nodes one graph request may name or return: a picture larger than this is not readable. */
export const GRAPH_LIMITS = {
  /** Ids one subgraph or expand request may name. */
  ids: 2_000,
  /** Nodes an expand adds or a filtered set returns, unless the request asks for fewer. */
  defaultNodes: 500,
  /** The most a request may ask for. */
  maxNodes: 2_000,
  /** Keys one filter list (fields, categories, regions, statuses) may name. */
  keys: 50,
} as const;

/** The kinds of node that carry a status (challenge, solution approach, guideline). */
export const STATUS_TYPES = [
  'Challenge',
  'SolutionApproach',
  'Guideline',
] as const satisfies readonly EntityType[];
