import { Injectable } from '@nestjs/common';
import { ENTITY_TYPES } from '@netzwerkstatt/domain';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { FIND_GRAPH_NODE, graphEdge, graphNode, hasType } from './cypher/graph-fragments.js';
import { type SetFilterShape, graphSetBranches } from './cypher/graph-set.cypher.js';
import {
  type ExpandRequest,
  type GraphEdge,
  type GraphNode,
  type GraphSetRequest,
  type GraphType,
  sortedKeys,
} from './graph.types.js';

/** Nodes with their element ids, in the order found; the second step reads them by element id. */
interface Found {
  elementIds: string[];
  ids: string[];
}

export interface Picture {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Subgraph, bulk expand and filtered sets. Each runs in one read transaction of two statements: the
 * first finds the nodes (by id, by walking, by filter), the second reads them by element id with every
 * relationship among them. Sets are tested through parameters (`IN $list`), which Neo4j checks as a
 * hashed set, so the relationships among 2 000 nodes cost one pass over their own relationships.
 */
@Injectable()
export class SubgraphRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  subgraph(ids: readonly string[], relationships: readonly string[]): Promise<Picture> {
    return this.neo4j.read(async (tx) => {
      const found = await this.findByIds(tx, ids);
      return this.picture(tx, found.elementIds, relationships);
    });
  }

  /**
   * Breadth first from all start nodes at once: their neighbours through the chosen relationship kinds
   * and node kinds, then (depth 2) the neighbours of those. Each level stops as soon as one more than
   * the limit is found, so a hub (an action field with thousands of actors) is not walked to its end.
   */
  expand(request: ExpandRequest): Promise<Picture & { truncated: boolean; startIds: string[] }> {
    return this.neo4j.read(async (tx) => {
      const start = await this.findByIds(tx, request.ids);
      const result = await tx.run(
        `MATCH (s) WHERE elementId(s) IN $start
         WITH collect(s) AS start
         WITH start, COLLECT {
           UNWIND start AS s
           MATCH (s)-[r]-(x) WHERE type(r) IN $relationships AND NOT elementId(x) IN $start
             AND ${hasType('x', '$types')}
           RETURN DISTINCT x LIMIT toInteger($limit) + 1
         } AS level1
         WITH start, level1, [x IN level1 | elementId(x)] AS seen
         WITH level1, COLLECT {
           UNWIND CASE WHEN $depth >= 2 AND size(level1) <= $limit THEN level1 ELSE [] END AS y
           MATCH (y)-[r]-(x) WHERE type(r) IN $relationships AND NOT elementId(x) IN $start
             AND NOT elementId(x) IN seen AND ${hasType('x', '$types')}
           RETURN DISTINCT x LIMIT toInteger($limit) + 1
         } AS level2
         WITH level1 + level2 AS added
         RETURN [x IN added[0..toInteger($limit)] | elementId(x)] AS added, size(added) > $limit AS truncated`,
        {
          start: start.elementIds,
          relationships: [...request.relationships],
          types: [...request.types],
          depth: request.depth,
          limit: request.limit,
        },
      );
      const record = result.records[0];
      const added = record.get('added') as string[];
      const picture = await this.picture(tx, [...start.elementIds, ...added], request.relationships);
      return { ...picture, truncated: record.get('truncated') as boolean, startIds: start.ids };
    });
  }

  /** Every node of the kinds that matches the filter, first `limit` in German name order, and how many match. */
  graphSet(
    request: GraphSetRequest,
    types: readonly GraphType[],
    shape: SetFilterShape,
    relationships: readonly string[],
  ): Promise<Picture & { totalCount: number }> {
    return this.neo4j.read(async (tx) => {
      if (types.length === 0) return { nodes: [], edges: [], totalCount: 0 };
      const result = await tx.run(
        `CALL () { ${graphSetBranches(types, shape)} }
         WITH n ORDER BY coalesce(n.sortKey, n.key, n.id), n.id
         WITH collect(n) AS matched
         RETURN size(matched) AS total, [x IN matched[0..toInteger($limit)] | elementId(x)] AS elementIds`,
        {
          fieldKeys: request.fieldKeys,
          categoryKeys: request.categoryKeys,
          regionKeys: request.regionKeys,
          statuses: request.statuses,
          limit: request.limit,
        },
      );
      const record = result.records[0];
      const picture = await this.picture(tx, record.get('elementIds') as string[], relationships);
      return { ...picture, totalCount: record.get('total') as number };
    });
  }

  private async findByIds(tx: Tx, ids: readonly string[]): Promise<Found> {
    const result = await tx.run(
      `UNWIND $ids AS id CALL (id) { ${FIND_GRAPH_NODE} }
       WITH DISTINCT n
       RETURN collect(elementId(n)) AS elementIds, collect(n.id) AS ids`,
      { ids: [...ids] },
    );
    const record = result.records[0];
    return { elementIds: record.get('elementIds') as string[], ids: record.get('ids') as string[] };
  }

  /** The nodes (in the given order) and every relationship of the chosen kinds between two of them. */
  private async picture(tx: Tx, elementIds: readonly string[], relationships: readonly string[]) {
    if (elementIds.length === 0) return { nodes: [], edges: [] };
    const result = await tx.run(
      `MATCH (a) WHERE elementId(a) IN $elementIds
       WITH collect(a) AS nodes
       RETURN [a IN nodes | { elementId: elementId(a), node: ${graphNode('a')} }] AS nodes,
         COLLECT {
           UNWIND nodes AS a
           MATCH (a)-[r]->(b) WHERE elementId(b) IN $elementIds AND type(r) IN $relationships
           RETURN ${graphEdge('r')}
         } AS edges`,
      { elementIds: [...elementIds], relationships: [...relationships], entityTypes: ENTITY_TYPES },
    );
    const record = result.records[0];
    const byElement = new Map(
      (toPlain(record.get('nodes')) as { elementId: string; node: GraphNode }[]).map((row) => [
        row.elementId,
        row.node,
      ]),
    );
    const nodes = elementIds
      .map((elementId) => byElement.get(elementId))
      .filter((node): node is GraphNode => node !== undefined)
      .map(sortedKeys);
    return { nodes, edges: toPlain(record.get('edges')) as GraphEdge[] };
  }
}
