import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { GraphRepository } from './graph.repository.js';
import { GraphResolver } from './graph.resolver.js';
import { GraphService } from './graph.service.js';
import { LinksRepository } from './shared/links.repository.js';
import { RelationLoaders } from './shared/relation-loaders.js';
import { RelationsRepository } from './shared/relations.repository.js';

/**
 * Graph queries (neighbourhood, shortest path), and the batched links between challenges, solution
 * approaches, good practices and actors that the modules of those concepts resolve nested fields with.
 */
@Module({
  imports: [ReferenceModule],
  providers: [
    GraphRepository,
    GraphService,
    GraphResolver,
    RelationsRepository,
    RelationLoaders,
    LinksRepository,
  ],
  exports: [RelationLoaders, LinksRepository],
})
export class GraphModule {}
