import { Injectable } from '@nestjs/common';
import { ENTITY_TYPES, GRAPH_TYPES, type EntityType } from '@netzwerkstatt/domain';
import { Neo4jService } from '../database/neo4j.service.js';
import { single, toPlain } from '../database/records.js';
import { type GraphNode, type GraphPath, type Neighbourhood, sortedKeys } from './graph.types.js';
import {
  FIND_GRAPH_NODE,
  graphEdge as edge,
  graphNode as node,
  hasType as allowed,
} from './cypher/graph-fragments.js';

/**
 * Reads around and between nodes of the domain graph. Path lengths cannot be Cypher parameters, so the
 * few allowed depths are chosen from fixed statements (depth) or written as a validated integer (hops).
 */
@Injectable()
export class GraphRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async node(id: string): Promise<GraphNode | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `UNWIND [$id] AS id CALL (id) { ${FIND_GRAPH_NODE} } RETURN ${node('n')} AS node LIMIT 1`,
        { id, entityTypes: ENTITY_TYPES },
      );
      const found = single<GraphNode>(result.records, 'node');
      return found && sortedKeys(found);
    });
  }

  /**
   * Breadth first, nearest first, in one statement: the neighbours, then (depth 2) their neighbours,
   * both through nodes of the allowed types only; then every relationship among the nodes found.
   */
  async neighbourhood(
    id: string,
    depth: 1 | 2,
    types: readonly EntityType[],
    maxNodes: number,
  ): Promise<Neighbourhood | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `UNWIND [$id] AS id CALL (id) { ${FIND_GRAPH_NODE} }
         WITH n AS center LIMIT 1
         WITH center, COLLECT {
           MATCH (center)--(x) WHERE x <> center AND ${allowed('x', '$types')}
           RETURN DISTINCT x LIMIT toInteger($maxNodes)
         } AS level1
         WITH center, level1, COLLECT {
           UNWIND CASE WHEN $depth >= 2 THEN level1 ELSE [] END AS y
           MATCH (y)--(x) WHERE x <> center AND NOT x IN level1 AND ${allowed('x', '$types')}
           RETURN DISTINCT x LIMIT toInteger($maxNodes)
         } AS level2
         WITH center, [center] + level1 + level2 AS found
         WITH center, found[0..toInteger($maxNodes)] AS nodes, size(found) > $maxNodes AS truncated
         RETURN ${node('center')} AS center, [x IN nodes | ${node('x')}] AS nodes, truncated,
           COLLECT { UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes RETURN ${edge('r')} } AS edges`,
        { id, depth, types: [...types], maxNodes, entityTypes: ENTITY_TYPES },
      );
      if (result.records.length === 0) return null;
      const record = result.records[0];
      return {
        center: sortedKeys(toPlain(record.get('center')) as GraphNode),
        nodes: (toPlain(record.get('nodes')) as GraphNode[]).map(sortedKeys),
        edges: toPlain(record.get('edges')) as Neighbourhood['edges'],
        truncated: record.get('truncated') as boolean,
      };
    });
  }

  /** A shortest path through domain nodes only, or null when there is none within `maxHops`. */
  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<GraphPath | null> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 10) throw new RangeError(`maxHops ${maxHops}`);
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `UNWIND [$fromId] AS id CALL (id) { ${FIND_GRAPH_NODE} } WITH n AS a LIMIT 1
         UNWIND [$toId] AS id CALL (id) { ${FIND_GRAPH_NODE} } WITH a, n AS b LIMIT 1
         MATCH p = SHORTEST 1 (a) (()--(step) WHERE ${allowed('step', '$entityTypes')}){1,${maxHops}} (b)
         RETURN { nodes: [x IN nodes(p) | ${node('x')}], edges: [r IN relationships(p) | ${edge('r')}],
           length: length(p) } AS path`,
        { fromId, toId, entityTypes: GRAPH_TYPES },
      );
      const path = single<GraphPath>(result.records, 'path');
      if (path) path.nodes.forEach(sortedKeys);
      return path;
    });
  }
}
