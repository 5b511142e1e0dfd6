/** @jest-environment jsdom */
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { edgesCsv, nodesCsv, toGexf, toGraphMl, toSvg, type ExportData } from './graphFiles';

const data: ExportData = {
  nodes: [
    {
      id: 'a',
      label: 'Ärztekammer <Süd> & Co',
      type: 'Actor',
      status: null,
      x: 1.5,
      y: -2,
      size: 6,
      color: '#0072B2',
      degree: 1,
    },
    {
      id: 'f',
      label: '=Anerkennung',
      type: 'ActionField',
      status: null,
      x: 10,
      y: 4,
      size: 9,
      color: '#E69F00',
      degree: 1,
    },
  ],
  edges: [{ id: 'a>WORKS_IN>f', from: 'a', to: 'f', type: 'WORKS_IN' }],
};
const names = {
  t: (key: string) => key.split('.').at(-1) ?? key,
  typeName: (type: string) => type,
  relationshipName: (type: string) => type.toLowerCase(),
  statusName: (status: string | null) => status ?? '',
};

describe('graph exports', () => {
  it('writes GEXF that parses back with the same nodes, edges, labels and positions', () => {
    const graph = parse(Graph, toGexf(data));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getNodeAttribute('a', 'label')).toBe('Ärztekammer <Süd> & Co');
    expect(graph.getNodeAttribute('a', 'x')).toBe(1.5);
    expect(graph.getNodeAttribute('f', 'kind')).toBe('ActionField');
    expect(graph.hasDirectedEdge('a', 'f')).toBe(true);
  });

  it('writes GraphML that is well-formed XML with one node element per node', () => {
    const doc = new DOMParser().parseFromString(toGraphMl(data), 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('node')).toHaveLength(2);
    expect(doc.getElementsByTagName('edge')[0].getAttribute('source')).toBe('a');
  });

  it('writes the CSV files as the other exports do: BOM, semicolons, formulas neutralised', () => {
    const nodes = nodesCsv(data, names);
    expect(nodes.startsWith('\uFEFFname;type;status;degree;x;y;id\r\n')).toBe(true);
    expect(nodes).toContain("'=Anerkennung;ActionField");
    expect(edgesCsv(data, names)).toContain("Ärztekammer <Süd> & Co;works_in;'=Anerkennung;a;f\r\n");
  });

  it('draws an SVG with a circle and a label per node, escaped', () => {
    const svg = toSvg(data, 'Netzwerkgraph');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('circle')).toHaveLength(2);
    expect(doc.getElementsByTagName('line')).toHaveLength(1);
    expect(svg).toContain('Ärztekammer &lt;Süd&gt; &amp; Co');
  });
});
