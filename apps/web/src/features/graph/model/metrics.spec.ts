import { EMPTY_STATE, explorerReducer, visibleSubgraph } from './explorer';
import { computeMetrics } from './metrics';

describe('metrics of the shown graph', () => {
  it('ranks the node between two groups as broker, finds communities, components and lone actors', () => {
    const ids = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', 'x', 'lone'];
    const state = explorerReducer(EMPTY_STATE, {
      type: 'add',
      nodes: ids.map((id) => ({ id, type: 'Actor', label: id })),
      edges: [
        ['a1', 'a2'],
        ['a2', 'a3'],
        ['a1', 'a3'],
        ['b1', 'b2'],
        ['b2', 'b3'],
        ['b1', 'b3'],
        ['a1', 'x'],
        ['x', 'b1'],
      ].map(([from, to]) => ({ from, to, type: 'CARRIES' })),
    });
    const { nodes, edges } = visibleSubgraph(state);
    const metrics = computeMetrics(nodes, edges);
    expect(metrics.brokers[0].id).toBe('x');
    expect(metrics.degree.get('x')).toBe(2);
    expect(metrics.componentCount).toBe(2);
    expect(metrics.community.get('a2')).toBe(metrics.community.get('a3'));
    expect(metrics.community.get('a2')).not.toBe(metrics.community.get('b2'));
    expect(metrics.isolatedActors).toEqual([{ id: 'lone', degree: 0 }]);
  });
});
