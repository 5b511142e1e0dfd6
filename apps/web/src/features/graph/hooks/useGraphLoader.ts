import { useApolloClient } from '@apollo/client/react';
import type { EntityType } from '@netzwerkstatt/domain';
import { useCallback, useState } from 'react';
import { GRAPH_NEIGHBOURHOOD, GRAPH_SHORTEST_PATH } from '../graphql/graph';
import { CELL_ACTORS, GRAPH_SUBGRAPH, REGION_CELL_ACTORS } from '../matrix/matrixQueries';
import type { RegionCell } from '../matrix/FieldRegionMatrixView';
import type { MatrixCell } from '../matrix/CategoryFieldMatrixView';
import type { ExplorerAction, ExplorerState } from '../model/explorer';

export const PATH_MAX_HOPS = 10;

export type LoadResult =
  | { kind: 'added'; count: number; truncated: boolean }
  | { kind: 'path'; length: number }
  | { kind: 'cell'; shown: number; count: number; cell: MatrixCell }
  | { kind: 'regionCell'; count: number; cell: RegionCell }
  | { kind: 'noPath' }
  | { kind: 'failed' };

/**
 * The explorer's reads: each asks the API and hands the answer to `dispatch` as one named action, so a
 * single undo takes the whole step back.
 */
export function useGraphLoader(state: ExplorerState, dispatch: (action: ExplorerAction) => void) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);

  const guarded = useCallback(async (work: () => Promise<LoadResult>): Promise<LoadResult> => {
    setBusy(true);
    try {
      return await work();
    } catch {
      return { kind: 'failed' };
    } finally {
      setBusy(false);
    }
  }, []);

  /**
   * Adds one entity with its relationships to what is already shown; with `depth`, its neighbours too.
   */
  const add = useCallback(
    (id: string, depth: 0 | 1 | 2 = 0, types?: EntityType[]) =>
      guarded(async () => {
        const { data } = await client.query({
          query: GRAPH_NEIGHBOURHOOD,
          variables: { id, depth: Math.max(depth, 1), types: types?.length ? types : null },
          fetchPolicy: 'network-only',
        });
        if (!data) return { kind: 'failed' };
        const { center, nodes, edges, truncated } = data.neighbourhood;
        const keep = depth === 0 ? [center] : nodes;
        const present = new Set([...Object.keys(state.nodes), ...keep.map((node) => node.id)]);
        const count = keep.filter((node) => !state.nodes[node.id] || state.nodes[node.id].hidden).length;
        dispatch({
          type: 'add',
          nodes: keep,
          edges: edges.filter((edge) => present.has(edge.from) && present.has(edge.to)),
          anchor: center.id,
        });
        return { kind: 'added', count, truncated: depth > 0 && truncated };
      }),
    [client, dispatch, guarded, state.nodes],
  );

  const shortestPath = useCallback(
    (fromId: string, toId: string) =>
      guarded(async () => {
        const { data } = await client.query({
          query: GRAPH_SHORTEST_PATH,
          variables: { fromId, toId, maxHops: PATH_MAX_HOPS },
          fetchPolicy: 'network-only',
        });
        const path = data?.shortestPath;
        if (!path) return { kind: 'noPath' };
        dispatch({ type: 'showPath', nodes: path.nodes, edges: path.edges });
        return { kind: 'path', length: path.length };
      }),
    [client, dispatch, guarded],
  );

  /**
   * A matrix cell's actors with their field and category; the relationships between them are what the
   * cell counts (each actor works in the field and belongs to the category).
   */
  const addCell = useCallback(
    (cell: MatrixCell) =>
      guarded(async () => {
        const { data } = await client.query({
          query: CELL_ACTORS,
          variables: { fieldId: cell.fieldId, categoryId: cell.categoryId },
          fetchPolicy: 'network-only',
        });
        if (!data) return { kind: 'failed' };
        const actors = data.actors.edges.map(({ node }) => ({
          id: node.id,
          type: 'Actor',
          label: node.name,
        }));
        dispatch({
          type: 'add',
          nodes: [
            { id: cell.fieldId, type: 'ActionField', label: cell.fieldName },
            { id: cell.categoryId, type: 'ActorCategory', label: cell.categoryName },
            ...actors,
          ],
          edges: actors.flatMap((actor) => [
            { from: actor.id, to: cell.fieldId, type: 'WORKS_IN' },
            { from: actor.id, to: cell.categoryId, type: 'IN_CATEGORY' },
          ]),
          anchor: cell.fieldId,
        });
        return { kind: 'cell', shown: actors.length, count: data.actors.totalCount, cell };
      }),
    [client, dispatch, guarded],
  );

  /**
   * A field × region cell: the field, the region and the actors the cell counts, with every
   * relationship among them (one graphSet for the actors, one subgraph for all of them).
   */
  const addRegionCell = useCallback(
    (cell: RegionCell) =>
      guarded(async () => {
        const { data: set } = await client.query({
          query: REGION_CELL_ACTORS,
          variables: { fieldKey: cell.fieldKey, regionKey: cell.regionKey },
          fetchPolicy: 'network-only',
        });
        if (!set) return { kind: 'failed' };
        const ids = [cell.fieldId, cell.regionId, ...set.graphSet.nodes.map((node) => node.id)];
        const { data } = await client.query({
          query: GRAPH_SUBGRAPH,
          variables: { ids },
          fetchPolicy: 'network-only',
        });
        if (!data) return { kind: 'failed' };
        dispatch({
          type: 'add',
          nodes: data.subgraph.nodes,
          edges: data.subgraph.edges,
          anchor: cell.fieldId,
        });
        return { kind: 'regionCell', count: set.graphSet.nodes.length, cell };
      }),
    [client, dispatch, guarded],
  );

  return { add, addCell, addRegionCell, shortestPath, busy };
}
