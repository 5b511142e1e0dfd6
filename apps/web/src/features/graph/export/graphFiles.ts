import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import { toCsv } from '../../../shared/csv/csv';
import type { Translate } from '../model/summary';

/** One node of an export: what the explorer shows, where, and how. */
export interface ExportNode {
  id: string;
  label: string;
  type: string;
  status: string | null;
  x: number;
  y: number;
  size: number;
  color: string;
  degree: number;
}

export interface ExportEdge {
  id: string;
  from: string;
  to: string;
  type: string;
}

export interface ExportData {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** What sigma draws, read from its graphology graph (positions, sizes and colours as shown). */
export function exportData(graph: Graph): ExportData {
  const nodes = graph.mapNodes((id, a) => ({
    id,
    label: String(a.label ?? ''),
    type: String(a.nodeType ?? ''),
    status: (a.status as string | null | undefined) ?? null,
    x: Number(a.x),
    y: Number(a.y),
    size: Number(a.size),
    color: String(a.color),
    degree: graph.degree(id),
  }));
  const edges = graph.mapEdges((id, a, from, to) => ({ id, from, to, type: String(a.relationship ?? '') }));
  return { nodes, edges };
}

/** GEXF 1.3 (Gephi), written by graphology-gexf: labels, kind, status, positions, sizes and colours. */
export function toGexf({ nodes, edges }: ExportData): string {
  const graph = new Graph({ type: 'directed', multi: true });
  for (const node of nodes)
    graph.addNode(node.id, {
      label: node.label,
      kind: node.type,
      status: node.status ?? '',
      x: node.x,
      y: node.y,
      size: node.size,
      color: node.color,
    });
  for (const edge of edges)
    graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, { label: edge.type, relationship: edge.type });
  return writeGexf(graph, { version: '1.3', pretty: true });
}

function xml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** GraphML (yEd, Cytoscape, NetworkX) with the same attributes as the GEXF file. */
export function toGraphMl({ nodes, edges }: ExportData): string {
  const keys = [
    ['label', 'node', 'string'],
    ['kind', 'node', 'string'],
    ['status', 'node', 'string'],
    ['x', 'node', 'double'],
    ['y', 'node', 'double'],
    ['size', 'node', 'double'],
    ['color', 'node', 'string'],
    ['relationship', 'edge', 'string'],
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys.map(
      ([name, domain, type]) =>
        `  <key id="${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <graph id="netzwerkstatt" edgedefault="directed">',
  ];
  for (const node of nodes) {
    const data: [string, string | number][] = [
      ['label', node.label],
      ['kind', node.type],
      ['status', node.status ?? ''],
      ['x', node.x],
      ['y', node.y],
      ['size', node.size],
      ['color', node.color],
    ];
    lines.push(`    <node id="${xml(node.id)}">`);
    for (const [key, value] of data) lines.push(`      <data key="${key}">${xml(String(value))}</data>`);
    lines.push('    </node>');
  }
  for (const edge of edges)
    lines.push(
      `    <edge id="${xml(edge.id)}" source="${xml(edge.from)}" target="${xml(edge.to)}"><data key="relationship">${xml(edge.type)}</data></edge>`,
    );
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

export interface CsvNames {
  t: Translate;
  typeName: (type: string) => string;
  relationshipName: (type: string) => string;
  statusName: (status: string | null) => string;
}

/** The nodes as CSV for German Excel (semicolon, BOM, CRLF), like every list's export. */
export function nodesCsv({ nodes }: ExportData, names: CsvNames): string {
  const header = ['name', 'type', 'status', 'degree', 'x', 'y', 'id'].map((key) =>
    names.t(`graph.export.columns.${key}`),
  );
  return toCsv(
    header,
    nodes.map((node) => [
      node.label,
      names.typeName(node.type),
      names.statusName(node.status),
      node.degree,
      Math.round(node.x * 100) / 100,
      Math.round(node.y * 100) / 100,
      node.id,
    ]),
  );
}

/** The relationships as CSV: each with both ends by name and id. */
export function edgesCsv({ nodes, edges }: ExportData, names: CsvNames): string {
  const label = new Map(nodes.map((node) => [node.id, node.label]));
  const header = ['from', 'relationship', 'to', 'fromId', 'toId'].map((key) =>
    names.t(`graph.export.columns.${key}`),
  );
  return toCsv(
    header,
    edges.map((edge) => [
      label.get(edge.from) ?? '',
      names.relationshipName(edge.type),
      label.get(edge.to) ?? '',
      edge.from,
      edge.to,
    ]),
  );
}

const SVG_WIDTH = 1200;
const SVG_HEIGHT = 800;
const MARGIN = 60;

/**
 * The drawing as SVG: the same positions (y pointing up, as in the graph), colours and sizes, labels
 * beside the nodes. Self-contained, so it also becomes the PNG.
 */
export function toSvg({ nodes, edges }: ExportData, title: string): string {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(
    (SVG_WIDTH - 2 * MARGIN) / Math.max(maxX - minX, 1e-9),
    (SVG_HEIGHT - 2 * MARGIN) / Math.max(maxY - minY, 1e-9),
  );
  const at = new Map(
    nodes.map((n) => [
      n.id,
      {
        x: nodes.length === 1 ? SVG_WIDTH / 2 : MARGIN + (n.x - minX) * scale,
        y: nodes.length === 1 ? SVG_HEIGHT / 2 : SVG_HEIGHT - MARGIN - (n.y - minY) * scale,
      },
    ]),
  );
  const r = (v: number) => Math.round(v * 10) / 10;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SVG_WIDTH}" height="${SVG_HEIGHT}" viewBox="0 0 ${SVG_WIDTH} ${SVG_HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<title>${xml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    '<g stroke-opacity="0.8">',
  ];
  for (const edge of edges) {
    const a = at.get(edge.from);
    const b = at.get(edge.to);
    if (!a || !b) continue;
    parts.push(
      `<line x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(b.x)}" y2="${r(b.y)}" stroke="#b3b3b3" stroke-width="1"><title>${xml(edge.type)}</title></line>`,
    );
  }
  parts.push('</g><g>');
  for (const node of nodes) {
    const p = at.get(node.id);
    if (!p) continue;
    parts.push(
      `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="${r(node.size)}" fill="${xml(node.color)}"><title>${xml(node.label)}</title></circle>`,
    );
    parts.push(
      `<text x="${r(p.x + node.size + 3)}" y="${r(p.y + 4)}" fill="#222222">${xml(node.label)}</text>`,
    );
  }
  parts.push('</g></svg>');
  return parts.join('\n');
}

/** The SVG drawn onto a canvas at twice its size, as PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = SVG_WIDTH * 2;
    canvas.height = SVG_HEIGHT * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
