import { GRAPH_TYPES, type GraphRelationship } from '@netzwerkstatt/domain';

/** The kinds of node the knowledge graph shows. */
export type GraphType = (typeof GRAPH_TYPES)[number];

export interface GraphNode {
  id: string;
  type: GraphType;
  label: string;
  key: string | null;
  status: string | null;
  priority: string | null;
  position: number | null;
  year: number | null;
  /** Actors only: works everywhere (null for every other kind). */
  statewide: boolean | null;
  /** Action fields the node belongs to (sorted); an action field: its own key. */
  fieldKeys: string[];
  /** Actor categories of an actor (sorted); a category: its own key. */
  categoryKeys: string[];
  /** Regions an actor is active in (sorted); a region: its own key. */
  regionKeys: string[];
}

export interface GraphEdge {
  from: string;
  to: string;
  type: string;
}

export interface Neighbourhood {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface GraphPath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
}

/** Nodes and every relationship among them, as subgraph, expand and graphSet answer. */
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Ids asked for that name no node of the graph (unknown, trashed, or not a graph kind). */
  missingIds: string[];
  truncated: boolean;
  /** The most nodes this answer could add (expand, graphSet); null for subgraph. */
  limit: number | null;
  /** graphSet: how many nodes match the filter, all of them; null otherwise. */
  totalCount: number | null;
  notice: { de: string; en: string } | null;
}

export interface ExpandRequest {
  ids: string[];
  depth: 1 | 2;
  types: readonly GraphType[];
  relationships: readonly GraphRelationship[];
  limit: number;
}

export interface GraphSetRequest {
  types: readonly GraphType[];
  fieldKeys: string[] | null;
  categoryKeys: string[] | null;
  regionKeys: string[] | null;
  /** Leave out statewide actors when filtering by region (they count in every region otherwise). */
  regionalOnly: boolean;
  statuses: string[] | null;
  limit: number;
}

/** Most nodes a neighbourhood returns: more would not be readable as a picture anyway. */
export const NEIGHBOURHOOD_MAX_NODES = 500;
export const SHORTEST_PATH_HOPS = { default: 6, max: 10 } as const;

/** Key lists come back from Cypher's UNION unsorted; a view compares and shows them sorted. */
export function sortedKeys<T extends { fieldKeys: string[]; categoryKeys: string[]; regionKeys: string[] }>(
  node: T,
): T {
  node.fieldKeys.sort();
  node.categoryKeys.sort();
  node.regionKeys.sort();
  return node;
}
