import type { EntityType } from '@netzwerkstatt/domain';

export interface GraphNode {
  id: string;
  type: EntityType;
  label: string;
  key: string | null;
  status: string | null;
  priority: string | null;
  position: number | null;
  year: number | null;
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

/** Most nodes a neighbourhood returns: more would not be readable as a picture anyway. */
export const NEIGHBOURHOOD_MAX_NODES = 500;
export const SHORTEST_PATH_HOPS = { default: 6, max: 10 } as const;
