import { Injectable } from '@nestjs/common';
import {
  GRAPH_TYPES,
  type EntityType,
  FIELD_LABELS,
  InputCheck,
  RECORD_LABELS,
  REFUSALS,
  REQUEST_REFUSALS,
  notFound,
} from '@netzwerkstatt/domain';
import { GraphRepository } from './graph.repository.js';
import {
  type GraphPath,
  NEIGHBOURHOOD_MAX_NODES,
  type Neighbourhood,
  SHORTEST_PATH_HOPS,
} from './graph.types.js';

@Injectable()
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  async neighbourhood(
    id: string,
    depth: number,
    types: readonly EntityType[] | null | undefined,
  ): Promise<Neighbourhood> {
    new InputCheck().custom('depth', depth === 1 || depth === 2, REQUEST_REFUSALS.depth()).done();
    const wanted = types && types.length > 0 ? [...new Set(types)] : GRAPH_TYPES;
    const found = await this.repository.neighbourhood(id, depth as 1 | 2, wanted, NEIGHBOURHOOD_MAX_NODES);
    if (!found) throw notFound(RECORD_LABELS.node, id);
    return found;
  }

  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<GraphPath | null> {
    new InputCheck()
      .custom(
        'maxHops',
        Number.isInteger(maxHops) && maxHops >= 1 && maxHops <= SHORTEST_PATH_HOPS.max,
        REFUSALS.outOfRange(FIELD_LABELS.pathLength, 1, SHORTEST_PATH_HOPS.max),
      )
      .done();
    const from = await this.repository.node(fromId);
    if (!from) throw notFound(RECORD_LABELS.node, fromId);
    if (fromId === toId) return { nodes: [from], edges: [], length: 0 };
    const path = await this.repository.shortestPath(fromId, toId, maxHops);
    if (path) return path;
    if (!(await this.repository.node(toId))) throw notFound(RECORD_LABELS.node, toId);
    return null;
  }
}
