/**
 * The graph explorer's state and its named actions. Each action is a function from the state and its
 * input to the next state, so undo and redo, the toolbar, keyboard shortcuts and the tests treat every
 * step alike. An action that changes nothing returns the same object and leaves no step in the history.
 */

/** A node as the API's GraphNode describes it. */
export interface GraphNodeData {
  id: string;
  type: string;
  label: string;
  key?: string | null;
  status?: string | null;
  priority?: string | null;
  position?: number | null;
  year?: number | null;
}

export interface GraphEdgeData {
  from: string;
  to: string;
  type: string;
}

export interface ExplorerNode extends GraphNodeData {
  pinned: boolean;
  hidden: boolean;
  /** The node whose expansion brought this one in: new nodes are placed next to it. */
  anchor: string | null;
}

export interface ExplorerEdge extends GraphEdgeData {
  key: string;
}

export interface HighlightedPath {
  nodeIds: string[];
  edgeKeys: string[];
}

/**
 * Narrowing by the agreement's vocabulary and by status; an empty list does not narrow. A field filter
 * applies to the kinds that work in or belong to fields (actors, challenges, guidelines) and to the
 * fields themselves; categories to actors and categories; regions to actors and regions; statuses to
 * the kinds that have one. Other kinds stay.
 */
export interface FacetFilter {
  fieldIds: readonly string[];
  categoryIds: readonly string[];
  regionIds: readonly string[];
  statuses: readonly string[];
}

export interface ExplorerState {
  nodes: Readonly<Record<string, ExplorerNode>>;
  edges: Readonly<Record<string, ExplorerEdge>>;
  /** Node types the filter leaves out of the view (their nodes stay in the state). */
  hiddenTypes: readonly string[];
  facets: FacetFilter;
  path: HighlightedPath | null;
}

export type ExplorerAction =
  | { type: 'add'; nodes: GraphNodeData[]; edges: GraphEdgeData[]; anchor?: string }
  | { type: 'hide'; ids: string[] }
  | { type: 'showHidden' }
  | { type: 'pin'; id: string; pinned: boolean }
  | { type: 'collapse'; id: string }
  | { type: 'remove'; ids: string[] }
  | { type: 'filterTypes'; hiddenTypes: string[] }
  | { type: 'filterFacets'; facets: FacetFilter }
  | { type: 'showPath'; nodes: GraphNodeData[]; edges: GraphEdgeData[] }
  | { type: 'clearPath' }
  | { type: 'clear' };

export const NO_FACETS: FacetFilter = { fieldIds: [], categoryIds: [], regionIds: [], statuses: [] };

export const EMPTY_STATE: ExplorerState = {
  nodes: {},
  edges: {},
  hiddenTypes: [],
  facets: NO_FACETS,
  path: null,
};

const sameSet = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

export function edgeKey(edge: GraphEdgeData): string {
  return `${edge.from}>${edge.type}>${edge.to}`;
}

function toNode(data: GraphNodeData, anchor: string | null): ExplorerNode {
  return {
    id: data.id,
    type: data.type,
    label: data.label,
    key: data.key ?? null,
    status: data.status ?? null,
    priority: data.priority ?? null,
    position: data.position ?? null,
    year: data.year ?? null,
    pinned: false,
    hidden: false,
    anchor,
  };
}

/** Adds nodes (an existing one is shown again and keeps its pin) and the edges whose ends are both present. */
function add(
  state: ExplorerState,
  nodes: GraphNodeData[],
  edges: GraphEdgeData[],
  anchor?: string,
): ExplorerState {
  let changed = false;
  const nextNodes: Record<string, ExplorerNode> = { ...state.nodes };
  for (const data of nodes) {
    const existing = nextNodes[data.id];
    if (!existing) {
      nextNodes[data.id] = toNode(data, anchor && anchor !== data.id ? anchor : null);
      changed = true;
    } else if (existing.hidden) {
      nextNodes[data.id] = { ...existing, hidden: false };
      changed = true;
    }
  }
  const nextEdges: Record<string, ExplorerEdge> = { ...state.edges };
  for (const edge of edges) {
    const key = edgeKey(edge);
    if (nextEdges[key] || !nextNodes[edge.from] || !nextNodes[edge.to]) continue;
    nextEdges[key] = { key, from: edge.from, to: edge.to, type: edge.type };
    changed = true;
  }
  return changed ? { ...state, nodes: nextNodes, edges: nextEdges } : state;
}

function withoutNodes(state: ExplorerState, ids: Set<string>): ExplorerState {
  if (ids.size === 0) return state;
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => !ids.has(id)));
  const edges = Object.fromEntries(
    Object.entries(state.edges).filter(([, edge]) => !ids.has(edge.from) && !ids.has(edge.to)),
  );
  const path = state.path && state.path.nodeIds.some((id) => ids.has(id)) ? null : state.path;
  return { ...state, nodes, edges, path };
}

function setNodes(state: ExplorerState, ids: string[], change: Partial<ExplorerNode>): ExplorerState {
  const keys = Object.keys(change) as (keyof ExplorerNode)[];
  const targets = ids.filter(
    (id) => state.nodes[id] && keys.some((key) => state.nodes[id][key] !== change[key]),
  );
  if (targets.length === 0) return state;
  const nodes = { ...state.nodes };
  for (const id of targets) nodes[id] = { ...nodes[id], ...change };
  return { ...state, nodes };
}

/** The ids of the nodes joined to `id` by at least one edge. */
export function neighbourIds(state: Pick<ExplorerState, 'edges'>, id: string): Set<string> {
  const result = new Set<string>();
  for (const edge of Object.values(state.edges)) {
    if (edge.from === id && edge.to !== id) result.add(edge.to);
    else if (edge.to === id && edge.from !== id) result.add(edge.from);
  }
  return result;
}

/**
 * Collapsing a node removes the neighbours that hang on it alone (no other neighbour in the graph)
 * and are not pinned: what an expansion brought in goes again, what links elsewhere stays.
 */
function collapse(state: ExplorerState, id: string): ExplorerState {
  const leaves = new Set<string>();
  for (const neighbour of neighbourIds(state, id)) {
    const node = state.nodes[neighbour];
    if (!node || node.pinned) continue;
    const others = neighbourIds(state, neighbour);
    others.delete(id);
    if (others.size === 0) leaves.add(neighbour);
  }
  return withoutNodes(state, leaves);
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'add':
      return add(state, action.nodes, action.edges, action.anchor);
    case 'hide':
      return setNodes(state, action.ids, { hidden: true });
    case 'showHidden':
      return setNodes(
        state,
        Object.values(state.nodes)
          .filter((node) => node.hidden)
          .map((node) => node.id),
        { hidden: false },
      );
    case 'pin':
      return setNodes(state, [action.id], { pinned: action.pinned });
    case 'collapse':
      return collapse(state, action.id);
    case 'remove':
      return withoutNodes(state, new Set(action.ids.filter((id) => state.nodes[id])));
    case 'filterTypes': {
      const next = [...new Set(action.hiddenTypes)].sort();
      return next.join() === [...state.hiddenTypes].sort().join() ? state : { ...state, hiddenTypes: next };
    }
    case 'filterFacets': {
      const { facets } = action;
      const same = (Object.keys(NO_FACETS) as (keyof FacetFilter)[]).every((key) =>
        sameSet(facets[key], state.facets[key]),
      );
      return same ? state : { ...state, facets };
    }
    case 'showPath': {
      const added = add(state, action.nodes, action.edges);
      const nodeIds = action.nodes.map((node) => node.id);
      const shown = setNodes(added, nodeIds, { hidden: false });
      const path = { nodeIds, edgeKeys: action.edges.map(edgeKey) };
      const hiddenTypes = shown.hiddenTypes.filter(
        (type) => !action.nodes.some((node) => node.type === type),
      );
      return { ...shown, path, hiddenTypes, facets: NO_FACETS };
    }
    case 'clearPath':
      return state.path ? { ...state, path: null } : state;
    case 'clear':
      return Object.keys(state.nodes).length === 0 ? state : EMPTY_STATE;
  }
}

const FACET_RELATIONSHIPS: Record<string, keyof Omit<FacetFilter, 'statuses'>> = {
  WORKS_IN: 'fieldIds',
  IN_FIELD: 'fieldIds',
  IN_CATEGORY: 'categoryIds',
  ACTIVE_IN: 'regionIds',
};
const FACET_KINDS: Record<keyof Omit<FacetFilter, 'statuses'>, { own: string; linked: string[] }> = {
  fieldIds: { own: 'ActionField', linked: ['Actor', 'Challenge', 'Guideline'] },
  categoryIds: { own: 'ActorCategory', linked: ['Actor'] },
  regionIds: { own: 'Region', linked: ['Actor'] },
};

/** Each node's fields, categories and regions as its relationships in the state say. */
export function nodeFacets(state: Pick<ExplorerState, 'edges'>): Map<string, Record<string, Set<string>>> {
  const result = new Map<string, Record<string, Set<string>>>();
  for (const edge of Object.values(state.edges)) {
    const facet = FACET_RELATIONSHIPS[edge.type];
    if (!facet) continue;
    const entry = result.get(edge.from) ?? {};
    (entry[facet] ??= new Set()).add(edge.to);
    result.set(edge.from, entry);
  }
  return result;
}

function passesFacets(
  node: ExplorerNode,
  facets: FacetFilter,
  known: Record<string, Set<string>> | undefined,
): boolean {
  if (facets.statuses.length > 0 && node.status && !facets.statuses.includes(node.status)) return false;
  for (const key of Object.keys(FACET_KINDS) as (keyof typeof FACET_KINDS)[]) {
    const chosen = facets[key];
    if (chosen.length === 0) continue;
    const { own, linked } = FACET_KINDS[key];
    if (node.type === own && !chosen.includes(node.id)) return false;
    if (linked.includes(node.type) && ![...(known?.[key] ?? [])].some((id) => chosen.includes(id)))
      return false;
  }
  return true;
}

/** What the view shows: nodes neither hidden nor filtered out, and the edges between them. */
export function visibleSubgraph(state: ExplorerState): { nodes: ExplorerNode[]; edges: ExplorerEdge[] } {
  const hiddenTypes = new Set(state.hiddenTypes);
  const facets = state.facets ?? NO_FACETS;
  const narrowing = Object.values(facets).some((list) => list.length > 0);
  const known = narrowing ? nodeFacets(state) : new Map<string, Record<string, Set<string>>>();
  const nodes = Object.values(state.nodes).filter(
    (node) =>
      !node.hidden &&
      !hiddenTypes.has(node.type) &&
      (!narrowing || passesFacets(node, facets, known.get(node.id))),
  );
  const shown = new Set(nodes.map((node) => node.id));
  const edges = Object.values(state.edges).filter((edge) => shown.has(edge.from) && shown.has(edge.to));
  return { nodes, edges };
}
