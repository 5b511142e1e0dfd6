import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { GraphRepository } from './graph.repository.js';
import { GraphResolver } from './graph.resolver.js';
import { GraphService } from './graph.service.js';
import { SubgraphRepository } from './subgraph.repository.js';
import { SubgraphResolver } from './subgraph.resolver.js';
import { SubgraphService } from './subgraph.service.js';
import { RelationLoaders } from '../store/relations/relation-loaders.js';
import { RelationsRepository } from '../store/relations/relations.repository.js';

/**
 * Graph queries (neighbourhood, shortest path, subgraph, bulk expand, filtered sets), and the batched links between challenges, solution
 * approaches, good practices and actors that the modules of those concepts resolve nested fields with.
 */
@Module({
  imports: [ReferenceModule],
  providers: [
    GraphRepository,
    GraphService,
    GraphResolver,
    SubgraphRepository,
    SubgraphService,
    SubgraphResolver,
    RelationsRepository,
    RelationLoaders,
  ],
  exports: [RelationLoaders],
})
export class GraphModule {}
