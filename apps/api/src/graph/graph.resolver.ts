import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { NeighbourhoodArgs, ShortestPathArgs } from './dto/graph.args.js';
import { GraphService } from './graph.service.js';
import type { GraphPath, Neighbourhood } from './graph.types.js';
import { GraphPathModel, NeighbourhoodModel } from './models/graph.model.js';

@Resolver()
export class GraphResolver {
  constructor(private readonly graph: GraphService) {}

  @Query(() => NeighbourhoodModel, {
    description:
      'The nodes within 1 or 2 hops of a node and the relationships among them, at most 500 nodes.',
  })
  @RequireRole('member')
  neighbourhood(@Args() args: NeighbourhoodArgs): Promise<Neighbourhood> {
    return this.graph.neighbourhood(args.id, args.depth, args.types);
  }

  @Query(() => GraphPathModel, {
    nullable: true,
    description: 'A shortest path between two nodes of the network graph; null when none is within maxHops.',
  })
  @RequireRole('member')
  shortestPath(@Args() args: ShortestPathArgs): Promise<GraphPath | null> {
    return this.graph.shortestPath(args.fromId, args.toId, args.maxHops);
  }
}
