import { Injectable } from '@nestjs/common';
import { ENTITY_TYPES, type EntityType, InputCheck, notFound } from '@netzwerkstatt/domain';
import { GraphRepository } from './graph.repository.js';
import {
  type GraphPath,
  NEIGHBOURHOOD_MAX_NODES,
  type Neighbourhood,
  SHORTEST_PATH_HOPS,
} from './graph.types.js';

const NODE = { de: 'Knoten', en: 'Node' };

@Injectable()
export class GraphService {
  constructor(private readonly repository: GraphRepository) {}

  async neighbourhood(
    id: string,
    depth: number,
    types: readonly EntityType[] | null | undefined,
  ): Promise<Neighbourhood> {
    new InputCheck()
      .custom('depth', depth === 1 || depth === 2, 'OUT_OF_RANGE', {
        de: 'Die Tiefe muss 1 oder 2 sein.',
        en: 'The depth must be 1 or 2.',
      })
      .done();
    const wanted = types && types.length > 0 ? [...new Set(types)] : ENTITY_TYPES;
    const found = await this.repository.neighbourhood(id, depth as 1 | 2, wanted, NEIGHBOURHOOD_MAX_NODES);
    if (!found) throw notFound(NODE, id);
    return found;
  }

  async shortestPath(fromId: string, toId: string, maxHops: number): Promise<GraphPath | null> {
    new InputCheck()
      .custom(
        'maxHops',
        Number.isInteger(maxHops) && maxHops >= 1 && maxHops <= SHORTEST_PATH_HOPS.max,
        'OUT_OF_RANGE',
        {
          de: `Die Pfadlänge muss zwischen 1 und ${SHORTEST_PATH_HOPS.max} liegen.`,
          en: `The path length must be between 1 and ${SHORTEST_PATH_HOPS.max}.`,
        },
      )
      .done();
    const from = await this.repository.node(fromId);
    if (!from) throw notFound(NODE, fromId);
    if (fromId === toId) return { nodes: [from], edges: [], length: 0 };
    const path = await this.repository.shortestPath(fromId, toId, maxHops);
    if (path) return path;
    if (!(await this.repository.node(toId))) throw notFound(NODE, toId);
    return null;
  }
}
