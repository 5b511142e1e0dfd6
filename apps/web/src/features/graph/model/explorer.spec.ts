import { EMPTY_STATE, edgeKey, explorerReducer, visibleSubgraph, type ExplorerState } from './explorer';
import { historyReducer, startHistory } from './history';

const node = (id: string, type = 'Actor') => ({ id, type, label: id.toUpperCase() });
const edge = (from: string, to: string, type = 'WORKS_IN') => ({ from, to, type });

function star(): ExplorerState {
  return explorerReducer(EMPTY_STATE, {
    type: 'add',
    nodes: [node('a'), node('b'), node('c'), node('f', 'ActionField')],
    edges: [edge('a', 'f'), edge('b', 'f'), edge('c', 'f'), edge('c', 'b', 'CARRIES')],
  });
}

describe('the explorer state', () => {
  it('adds nodes and only the edges whose ends are both present', () => {
    const state = explorerReducer(EMPTY_STATE, {
      type: 'add',
      nodes: [node('a'), node('f', 'ActionField')],
      edges: [edge('a', 'f'), edge('a', 'missing')],
      anchor: 'f',
    });
    expect(Object.keys(state.nodes).sort()).toEqual(['a', 'f']);
    expect(Object.keys(state.edges)).toEqual([edgeKey(edge('a', 'f'))]);
    expect(state.nodes.a.anchor).toBe('f');
    expect(state.nodes.f.anchor).toBeNull();
  });

  it('returns the same state when nothing changes, so no empty step is recorded', () => {
    const state = star();
    expect(explorerReducer(state, { type: 'add', nodes: [node('a')], edges: [edge('a', 'f')] })).toBe(state);
    expect(explorerReducer(state, { type: 'pin', id: 'a', pinned: false })).toBe(state);
    expect(explorerReducer(state, { type: 'filterTypes', hiddenTypes: [] })).toBe(state);
  });

  it('hides and shows again; the view leaves out hidden nodes, filtered types and their edges', () => {
    const hidden = explorerReducer(star(), { type: 'hide', ids: ['c'] });
    expect(
      visibleSubgraph(hidden)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b', 'f']);
    expect(visibleSubgraph(hidden).edges).toHaveLength(2);
    const filtered = explorerReducer(hidden, { type: 'filterTypes', hiddenTypes: ['ActionField'] });
    expect(
      visibleSubgraph(filtered)
        .nodes.map((n) => n.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(visibleSubgraph(filtered).edges).toHaveLength(0);
    const shown = explorerReducer(filtered, { type: 'showHidden' });
    expect(shown.nodes.c.hidden).toBe(false);
  });

  it('collapses the neighbours that hang on the node alone, but not pinned ones', () => {
    const pinned = explorerReducer(star(), { type: 'pin', id: 'a', pinned: true });
    const collapsed = explorerReducer(pinned, { type: 'collapse', id: 'f' });
    // a is pinned, b and c are joined to each other: all stay. Without the pin a goes.
    expect(Object.keys(collapsed.nodes).sort()).toEqual(['a', 'b', 'c', 'f']);
    const unpinned = explorerReducer(star(), { type: 'collapse', id: 'f' });
    expect(Object.keys(unpinned.nodes).sort()).toEqual(['b', 'c', 'f']);
    expect(Object.values(unpinned.edges).every((e) => e.from !== 'a' && e.to !== 'a')).toBe(true);
  });

  it('removes nodes with their edges and drops a path that ran through them', () => {
    const withPath = explorerReducer(star(), {
      type: 'showPath',
      nodes: [node('a'), node('f', 'ActionField'), node('b')],
      edges: [edge('a', 'f'), edge('b', 'f')],
    });
    expect(withPath.path?.nodeIds).toEqual(['a', 'f', 'b']);
    const removed = explorerReducer(withPath, { type: 'remove', ids: ['f'] });
    expect(removed.nodes.f).toBeUndefined();
    expect(Object.keys(removed.edges)).toEqual([edgeKey(edge('c', 'b', 'CARRIES'))]);
    expect(removed.path).toBeNull();
  });

  it('shows a path even through hidden nodes and filtered types', () => {
    const state = explorerReducer(explorerReducer(star(), { type: 'hide', ids: ['f'] }), {
      type: 'filterTypes',
      hiddenTypes: ['ActionField'],
    });
    const next = explorerReducer(state, {
      type: 'showPath',
      nodes: [node('a'), node('f', 'ActionField')],
      edges: [edge('a', 'f')],
    });
    expect(next.nodes.f.hidden).toBe(false);
    expect(next.hiddenTypes).toEqual([]);
  });
});

describe('undo and redo', () => {
  it('takes every step back and forth, and a new step clears what could be redone', () => {
    let history = startHistory(EMPTY_STATE);
    history = historyReducer(history, {
      type: 'add',
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'b')],
    });
    history = historyReducer(history, { type: 'hide', ids: ['b'] });
    history = historyReducer(history, { type: 'pin', id: 'a', pinned: true });
    expect(history.past.map((step) => step.action)).toEqual(['add', 'hide', 'pin']);

    history = historyReducer(history, { type: 'undo' });
    expect(history.present.nodes.a.pinned).toBe(false);
    history = historyReducer(history, { type: 'undo' });
    expect(history.present.nodes.b.hidden).toBe(false);
    history = historyReducer(history, { type: 'redo' });
    expect(history.present.nodes.b.hidden).toBe(true);
    expect(history.future.map((step) => step.action)).toEqual(['pin']);

    history = historyReducer(history, { type: 'remove', ids: ['a'] });
    expect(history.future).toEqual([]);
    expect(historyReducer(history, { type: 'redo' })).toBe(history);
  });

  it('records nothing for a step that changes nothing', () => {
    const history = historyReducer(startHistory(EMPTY_STATE), { type: 'clear' });
    expect(history.past).toEqual([]);
  });
});

describe('narrowing by field, category, region and status', () => {
  const base = () =>
    explorerReducer(EMPTY_STATE, {
      type: 'add',
      nodes: [
        node('a'),
        node('b'),
        node('f', 'ActionField'),
        node('g', 'ActionField'),
        node('r', 'Region'),
        { id: 'c', type: 'Challenge', label: 'C', status: 'open' },
        { id: 'd', type: 'Challenge', label: 'D', status: 'closed' },
        node('p', 'Person'),
      ],
      edges: [
        edge('a', 'f'),
        edge('b', 'g'),
        edge('a', 'r', 'ACTIVE_IN'),
        edge('c', 'f', 'IN_FIELD'),
        edge('d', 'g', 'IN_FIELD'),
        edge('p', 'b', 'WORKS_FOR'),
      ],
    });
  const shown = (state: ExplorerState) =>
    visibleSubgraph(state)
      .nodes.map((n) => n.id)
      .sort();

  it('keeps what works in a chosen field, the field itself and kinds without fields', () => {
    const state = explorerReducer(base(), {
      type: 'filterFacets',
      facets: { fieldIds: ['f'], categoryIds: [], regionIds: [], statuses: [] },
    });
    expect(shown(state)).toEqual(['a', 'c', 'f', 'p', 'r']);
  });

  it('keeps actors of a chosen region and statuses that were chosen', () => {
    const state = explorerReducer(base(), {
      type: 'filterFacets',
      facets: { fieldIds: [], categoryIds: [], regionIds: ['r'], statuses: ['open'] },
    });
    expect(shown(state)).toEqual(['a', 'c', 'f', 'g', 'p', 'r']);
  });

  it('records no step for the same filter again, and a path clears the narrowing', () => {
    const facets = { fieldIds: ['f'], categoryIds: [], regionIds: [], statuses: [] };
    const state = explorerReducer(base(), { type: 'filterFacets', facets });
    expect(explorerReducer(state, { type: 'filterFacets', facets: { ...facets, fieldIds: ['f'] } })).toBe(
      state,
    );
    const withPath = explorerReducer(state, {
      type: 'showPath',
      nodes: [node('b'), node('g', 'ActionField')],
      edges: [edge('b', 'g')],
    });
    expect(shown(withPath)).toContain('b');
  });
});
