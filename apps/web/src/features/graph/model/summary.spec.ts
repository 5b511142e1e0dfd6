import { EMPTY_STATE, explorerReducer, visibleSubgraph } from './explorer';
import { describeGraph } from './summary';

const t = (key: string, options?: Record<string, unknown>) =>
  `${key}${options ? JSON.stringify(options) : ''}`;
const typeName = (type: string, count: number) => `${type}${count === 1 ? '' : 's'}`;

describe('the text summary', () => {
  it('names the counts per kind and the focused node with its neighbours', () => {
    const state = explorerReducer(EMPTY_STATE, {
      type: 'add',
      nodes: [
        { id: 'a', type: 'Actor', label: 'Kammer' },
        { id: 'b', type: 'Actor', label: 'Agentur' },
        { id: 'f', type: 'ActionField', label: 'Anerkennung' },
      ],
      edges: [
        { from: 'a', to: 'f', type: 'WORKS_IN' },
        { from: 'b', to: 'f', type: 'WORKS_IN' },
      ],
    });
    const { nodes, edges } = visibleSubgraph(state);
    const focus = nodes.find((n) => n.id === 'f');
    const text = describeGraph(
      nodes,
      edges,
      focus,
      nodes.filter((n) => n.id !== 'f'),
      t,
      typeName,
    );
    expect(text).toContain('"nodes":3,"edges":2,"kinds":"2 Actors, 1 ActionField"');
    expect(text).toContain('graph.summary.focus{"name":"Anerkennung","count":2,"names":"Kammer, Agentur"}');
  });

  it('says when the graph is empty', () => {
    expect(describeGraph([], [], undefined, [], t, typeName)).toBe('graph.summary.empty');
  });
});
