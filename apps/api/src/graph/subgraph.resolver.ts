import { Args, Query, Resolver } from '@nestjs/graphql';
import { GRAPH_LIMITS } from '@netzwerkstatt/domain';
import { RequireRole } from '../auth/access.decorator.js';
import { ExpandArgs, GraphSetArgs, SubgraphArgs } from './dto/subgraph.args.js';
import type { Subgraph } from './graph.types.js';
import { SubgraphModel } from './models/subgraph.model.js';
import { SubgraphService } from './subgraph.service.js';

@Resolver()
export class SubgraphResolver {
  constructor(private readonly service: SubgraphService) {}

  @Query(() => SubgraphModel, {
    description: `The nodes with these ids and every relationship among them (at most ${GRAPH_LIMITS.ids} ids); ids that name no node of the graph are listed in missingIds.`,
  })
  @RequireRole('member')
  subgraph(@Args() args: SubgraphArgs): Promise<Subgraph> {
    return this.service.subgraph(args.ids, args.relationships);
  }

  @Query(() => SubgraphModel, {
    description:
      'The neighbours of many nodes at once (1 or 2 hops, chosen kinds of node and relationship), with the ' +
      'start nodes and every relationship among all of them; at most `limit` neighbours are added.',
  })
  @RequireRole('member')
  expand(@Args() args: ExpandArgs): Promise<Subgraph> {
    return this.service.expand(args);
  }

  @Query(() => SubgraphModel, {
    description:
      'A whole filtered set of nodes (e.g. all actors of a field in a region) and every relationship among them.',
  })
  @RequireRole('member')
  graphSet(@Args() args: GraphSetArgs): Promise<Subgraph> {
    return this.service.graphSet(args.filter);
  }
}
