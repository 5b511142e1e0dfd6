import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { GuidelinesRepository } from './guidelines.repository.js';
import { GuidelinesResolver } from './guidelines.resolver.js';
import { GuidelinesService } from './guidelines.service.js';

@Module({
  imports: [GraphModule, ReferenceModule],
  providers: [GuidelinesRepository, GuidelinesService, GuidelinesResolver],
})
export class GuidelinesModule {}
