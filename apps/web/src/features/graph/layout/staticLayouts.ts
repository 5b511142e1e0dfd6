import type Graph from 'graphology';
import circular from 'graphology-layout/circular';
import noverlap from 'graphology-layout-noverlap';

const SCALE = 100;

/** Every node on one circle, pinned ones included (a circle with holes reads as an error). */
export function applyCircular(graph: Graph): void {
  circular.assign(graph, { scale: SCALE });
}

/** Pushes overlapping nodes apart, keeping the drawing's shape. */
export function applyNoverlap(graph: Graph): void {
  noverlap.assign(graph, { maxIterations: 150, settings: { margin: 2, ratio: 1.1 } });
}

/** Which field ids each node works in or belongs to, read from its relationships to action fields. */
function fieldsOf(graph: Graph): Map<string, string[]> {
  const result = new Map<string, string[]>();
  graph.forEachEdge((_key, attributes, source, target) => {
    if (graph.getNodeAttribute(target, 'nodeType') !== 'ActionField') return;
    if (attributes.relationship !== 'WORKS_IN' && attributes.relationship !== 'IN_FIELD') return;
    result.set(source, [...(result.get(source) ?? []), target]);
  });
  return result;
}

/**
 * The process chain as an axis: the action fields in their order from left to right, every node that
 * works in (or belongs to) fields placed above the mean of its fields' places, stacked where several
 * share a place; the rest (regions, categories, persons …) in a row below, beside their neighbours.
 */
export function applyProcessChain(graph: Graph, positionOf: (fieldId: string) => number | null): void {
  const fields = new Map<string, number>();
  graph.forEachNode((id, attributes) => {
    if (attributes.nodeType !== 'ActionField') return;
    const position = positionOf(id);
    if (position !== null) fields.set(id, position);
  });
  const step = SCALE / 2;
  const fieldX = (id: string) => ((fields.get(id) ?? 5) - 5) * step;
  for (const [id] of fields) graph.mergeNodeAttributes(id, { x: fieldX(id), y: 0 });

  const stacks = new Map<number, number>();
  const placed = new Set(fields.keys());
  const byFields = fieldsOf(graph);
  const rows: [string, number][] = [];
  for (const [id, fieldIds] of byFields) {
    const known = fieldIds.filter((fieldId) => fields.has(fieldId));
    if (known.length === 0 || fields.has(id)) continue;
    rows.push([id, known.reduce((sum, fieldId) => sum + fieldX(fieldId), 0) / known.length]);
  }
  rows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  for (const [id, x] of rows) {
    const slot = Math.round(x / (step / 2));
    const height = (stacks.get(slot) ?? 0) + 1;
    stacks.set(slot, height);
    graph.mergeNodeAttributes(id, { x, y: -height * (step / 3) });
    placed.add(id);
  }
  const rest = graph.filterNodes((id) => !placed.has(id));
  rest.forEach((id, index) => {
    const anchors = graph.neighbors(id).filter((n) => placed.has(n));
    const x =
      anchors.length > 0
        ? anchors.reduce((sum, n) => sum + (graph.getNodeAttribute(n, 'x') as number), 0) / anchors.length
        : (index - rest.length / 2) * (step / 3);
    graph.mergeNodeAttributes(id, { x, y: step * (1 + (index % 3) * 0.4) });
  });
}
