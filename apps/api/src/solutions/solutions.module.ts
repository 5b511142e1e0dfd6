import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module.js';
import { ActorSolutionsResolver } from './actor-solutions.resolver.js';
import { SolutionFieldsResolver } from './solution-fields.resolver.js';
import { SolutionsRepository } from './solutions.repository.js';
import { SolutionsResolver } from './solutions.resolver.js';
import { SolutionsService } from './solutions.service.js';
import { StatusTimelineRepository } from './timeline/status-timeline.repository.js';
import { StatusTimelineResolver } from './timeline/status-timeline.resolver.js';

@Module({
  imports: [GraphModule],
  providers: [
    SolutionsRepository,
    SolutionsService,
    SolutionsResolver,
    SolutionFieldsResolver,
    ActorSolutionsResolver,
    StatusTimelineRepository,
    StatusTimelineResolver,
  ],
})
export class SolutionsModule {}
