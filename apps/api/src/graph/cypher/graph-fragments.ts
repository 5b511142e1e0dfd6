import { GRAPH_TYPES } from '@netzwerkstatt/domain';
import type { GraphType } from '../graph.types.js';

/**
 * Cypher fragments every graph read shares. Labels and relationship types are written here in code,
 * never taken from input; what varies per request is passed as parameters.
 */

/** How a node of a kind reaches the reference nodes of one dimension (`k`), from the node bound to `n`. */
type DimensionPaths = Partial<Record<GraphType, (n: string) => string>>;

/** The action fields a node belongs to: an actor works in them, a challenge or guideline is filed in one,
 *  a solution approach through the challenges it addresses, a good practice through the approaches it evidences. */
export const FIELD_PATHS: DimensionPaths = {
  Actor: (n) => `(${n}:Actor)-[:WORKS_IN]->(k:ActionField)`,
  Challenge: (n) => `(${n}:Challenge)-[:IN_FIELD]->(k:ActionField)`,
  Guideline: (n) => `(${n}:Guideline)-[:IN_FIELD]->(k:ActionField)`,
  SolutionApproach: (n) => `(${n}:SolutionApproach)-[:ADDRESSES]->(:Challenge)-[:IN_FIELD]->(k:ActionField)`,
  GoodPractice: (n) =>
    `(${n}:GoodPractice)-[:EVIDENCES]->(:SolutionApproach)-[:ADDRESSES]->(:Challenge)-[:IN_FIELD]->(k:ActionField)`,
};

/** The actor categories of an actor. */
export const CATEGORY_PATHS: DimensionPaths = {
  Actor: (n) => `(${n}:Actor)-[:IN_CATEGORY]->(k:ActorCategory)`,
};

/** The regions an actor is active in (statewide actors are handled beside this, see `regionMatch`). */
export const REGION_PATHS: DimensionPaths = {
  Actor: (n) => `(${n}:Actor)-[:ACTIVE_IN]->(k:Region)`,
};

export interface Dimension {
  paths: DimensionPaths;
  /** The reference kind itself: an action field's own key counts as its field key, and so on. */
  self: GraphType;
}

export const DIMENSIONS = {
  field: { paths: FIELD_PATHS, self: 'ActionField' },
  category: { paths: CATEGORY_PATHS, self: 'ActorCategory' },
  region: { paths: REGION_PATHS, self: 'Region' },
} as const satisfies Record<string, Dimension>;

/** The distinct keys of one dimension for the node bound to `n` (unsorted: UNION has no order). */
function keysOf(n: string, dimension: Dimension): string {
  const branches = Object.values(dimension.paths).map((path) => `MATCH ${path(n)} RETURN k.key AS key`);
  branches.push(`MATCH (${n}:${dimension.self}) RETURN ${n}.key AS key`);
  return `COLLECT { ${branches.join(' UNION ')} }`;
}

/** A node as graph views show it, with the keys filters and styling group it by. */
export const graphNode = (n: string) =>
  `${n} { .id, type: [l IN labels(${n}) WHERE l IN $entityTypes][0],
    label: coalesce(${n}.title, ${n}.name, ${n}.text, ''),
    .key, .status, .priority, .position, .year,
    statewide: CASE WHEN ${n}:Actor THEN coalesce(${n}.statewide, false) END,
    fieldKeys: ${keysOf(n, DIMENSIONS.field)},
    categoryKeys: ${keysOf(n, DIMENSIONS.category)},
    regionKeys: ${keysOf(n, DIMENSIONS.region)} }`;

export const graphEdge = (r: string) =>
  `{ from: startNode(${r}).id, to: endNode(${r}).id, type: type(${r}) }`;

/** Whether the node bound to `n` carries one of the labels in the list `types` (a parameter). */
export const hasType = (n: string, types: string) => `any(l IN labels(${n}) WHERE l IN ${types})`;

/**
 * The node with the id bound to `id`, one index seek per graph kind: comments, notifications, saved
 * views and trashed nodes are not found.
 */
export const FIND_GRAPH_NODE = GRAPH_TYPES.map((type) => `MATCH (n:${type} {id: id}) RETURN n`).join(
  ' UNION ALL ',
);
