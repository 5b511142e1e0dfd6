import type { ExplorerEdge, ExplorerNode } from './explorer';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The graph in one or two sentences for screen readers (and everyone): how many nodes of which kinds,
 * how many relationships, and the focused node with its neighbours.
 */
export function describeGraph(
  nodes: readonly ExplorerNode[],
  edges: readonly ExplorerEdge[],
  focus: ExplorerNode | undefined,
  focusNeighbours: readonly ExplorerNode[],
  t: Translate,
  typeName: (type: string, count: number) => string,
): string {
  if (nodes.length === 0) return t('graph.summary.empty');
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  const kinds = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([type, count]) => `${count} ${typeName(type, count)}`)
    .join(', ');
  const parts = [t('graph.summary.counts', { nodes: nodes.length, edges: edges.length, kinds })];
  if (focus) {
    const names = focusNeighbours.slice(0, 10).map((node) => node.label);
    parts.push(
      focusNeighbours.length === 0
        ? t('graph.summary.focusAlone', { name: focus.label })
        : t('graph.summary.focus', {
            name: focus.label,
            count: focusNeighbours.length,
            names: names.join(', ') + (focusNeighbours.length > names.length ? ' …' : ''),
          }),
    );
  }
  return parts.join(' ');
}
