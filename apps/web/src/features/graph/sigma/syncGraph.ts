import type Graph from 'graphology';
import type { ExplorerEdge, ExplorerNode, HighlightedPath } from '../model/explorer';
import { DIMMED_COLOR, EDGE_COLOR, FOCUS_COLOR, PATH_EDGE_COLOR, typeColor, typeSize } from '../model/style';

export interface Appearance {
  focusId: string | null;
  path: HighlightedPath | null;
  /** Extra size per node (e.g. by degree), added to the type's base size. */
  sizeOf?: (node: ExplorerNode) => number;
  /** A colour per node overriding the type's (e.g. its community). */
  colorOf?: (node: ExplorerNode) => string | undefined;
}

/** Where nodes that left the view were, so they come back to the same place. */
export type PositionMemory = Map<string, { x: number; y: number }>;

const SPREAD = 100;

function placeNear(
  graph: Graph,
  node: ExplorerNode,
  neighbours: Map<string, string[]>,
): { x: number; y: number } {
  const around = [node.anchor, ...(neighbours.get(node.id) ?? [])].find(
    (id): id is string => !!id && graph.hasNode(id),
  );
  const angle = Math.random() * 2 * Math.PI;
  if (around) {
    const { x, y } = graph.getNodeAttributes(around) as { x: number; y: number };
    const radius = SPREAD * (0.15 + Math.random() * 0.15);
    return { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) };
  }
  const radius = SPREAD * Math.sqrt(Math.random());
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Brings the graphology graph sigma draws in line with what the explorer shows: removes what left the
 * view (remembering its position), places new nodes beside the node they came from, and sets every
 * node's and edge's look. Returns the ids of nodes that were added.
 */
export function syncGraph(
  graph: Graph,
  nodes: readonly ExplorerNode[],
  edges: readonly ExplorerEdge[],
  appearance: Appearance,
  memory: PositionMemory,
): string[] {
  const wanted = new Map(nodes.map((node) => [node.id, node]));
  const wantedEdges = new Map(edges.map((edge) => [edge.key, edge]));
  graph.forEachEdge((key) => {
    if (!wantedEdges.has(key)) graph.dropEdge(key);
  });
  graph.forEachNode((id, attributes) => {
    if (!wanted.has(id)) {
      memory.set(id, { x: attributes.x as number, y: attributes.y as number });
      graph.dropNode(id);
    }
  });

  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const pathNodes = new Set(appearance.path?.nodeIds ?? []);
  const pathEdges = new Set(appearance.path?.edgeKeys ?? []);
  const dimming = pathNodes.size > 0;
  const added: string[] = [];

  for (const node of nodes) {
    const focused = node.id === appearance.focusId;
    const onPath = pathNodes.has(node.id);
    const base = appearance.colorOf?.(node) ?? typeColor(node.type);
    const look = {
      label: node.label,
      nodeType: node.type,
      status: node.status ?? null,
      size: typeSize(node.type) + (appearance.sizeOf?.(node) ?? 0) + (focused ? 4 : 0),
      color: focused ? FOCUS_COLOR : dimming && !onPath ? DIMMED_COLOR : base,
      emphasis: focused || onPath,
      fixed: node.pinned,
    };
    if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, look);
    else {
      const position = memory.get(node.id) ?? placeNear(graph, node, neighbours);
      graph.addNode(node.id, { ...look, ...position });
      added.push(node.id);
    }
  }

  for (const edge of edges) {
    const onPath = pathEdges.has(edge.key);
    const look = {
      relationship: edge.type,
      color: onPath ? PATH_EDGE_COLOR : dimming ? DIMMED_COLOR : EDGE_COLOR,
      size: onPath ? 3 : 1,
    };
    if (graph.hasEdge(edge.key)) graph.mergeEdgeAttributes(edge.key, look);
    else graph.addDirectedEdgeWithKey(edge.key, edge.from, edge.to, look);
  }
  return added;
}
