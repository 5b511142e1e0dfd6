import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module.js';
import { ActorSolutionsResolver } from './actor-solutions.resolver.js';
import { SolutionFieldsResolver } from './solution-fields.resolver.js';
import { SolutionsRepository } from './solutions.repository.js';
import { SolutionsResolver } from './solutions.resolver.js';
import { SolutionsService } from './solutions.service.js';

@Module({
  imports: [GraphModule],
  providers: [
    SolutionsRepository,
    SolutionsService,
    SolutionsResolver,
    SolutionFieldsResolver,
    ActorSolutionsResolver,
  ],
})
export class SolutionsModule {}
