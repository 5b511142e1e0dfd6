import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { ExplorerEdge, ExplorerNode } from './explorer';

export interface GraphMetrics {
  degree: Map<string, number>;
  /** Normalised betweenness, 0–1. */
  betweenness: Map<string, number>;
  community: Map<string, number>;
  communityCount: number;
  component: Map<string, number>;
  componentCount: number;
  /** Highest betweenness first, only nodes that broker at all. */
  brokers: { id: string; score: number }[];
  /** Actors with at most one connection in the shown graph, fewest first. */
  isolatedActors: { id: string; degree: number }[];
}

/** A small seeded generator, so the same graph gets the same communities (and colours) every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The shown graph's metrics, computed in the browser on its undirected simple form (relationship
 * direction and several relationships between the same two nodes do not change who connects whom).
 */
export function computeMetrics(nodes: readonly ExplorerNode[], edges: readonly ExplorerEdge[]): GraphMetrics {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id);
  for (const edge of edges)
    if (edge.from !== edge.to && graph.hasNode(edge.from) && graph.hasNode(edge.to))
      graph.mergeEdge(edge.from, edge.to);

  const degree = new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
  const betweenness = new Map(
    Object.entries(graph.order > 2 ? betweennessCentrality(graph, { normalized: true }) : {}),
  );
  for (const id of graph.nodes()) if (!betweenness.has(id)) betweenness.set(id, 0);

  let community = new Map<string, number>();
  if (graph.size > 0) community = new Map(Object.entries(louvain(graph, { rng: seeded(7) })));
  let next = Math.max(-1, ...community.values()) + 1;
  for (const id of graph.nodes()) if (!community.has(id)) community.set(id, next++);

  const component = new Map<string, number>();
  const components = connectedComponents(graph).sort((a, b) => b.length - a.length);
  components.forEach((members, index) => members.forEach((id) => component.set(id, index)));

  const brokers = [...betweenness.entries()]
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([id, score]) => ({ id, score }));
  const isolatedActors = nodes
    .filter((node) => node.type === 'Actor' && (degree.get(node.id) ?? 0) <= 1)
    .map((node) => ({ id: node.id, degree: degree.get(node.id) ?? 0 }))
    .sort((a, b) => a.degree - b.degree);

  return {
    degree,
    betweenness,
    community,
    communityCount: new Set(community.values()).size,
    component,
    componentCount: components.length,
    brokers,
    isolatedActors,
  };
}

/** Twelve colours for communities and components, told apart on white. */
export const GROUP_COLORS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b2182b',
  '#01665e',
  '#8c510a',
  '#542788',
];

export function groupColor(index: number): string {
  return GROUP_COLORS[index % GROUP_COLORS.length];
}
