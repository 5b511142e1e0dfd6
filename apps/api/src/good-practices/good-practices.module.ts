import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module.js';
import { GoodPracticeFieldsResolver } from './good-practice-fields.resolver.js';
import { GoodPracticesRepository } from './good-practices.repository.js';
import { GoodPracticesResolver } from './good-practices.resolver.js';
import { GoodPracticesService } from './good-practices.service.js';

@Module({
  imports: [GraphModule],
  providers: [
    GoodPracticesRepository,
    GoodPracticesService,
    GoodPracticesResolver,
    GoodPracticeFieldsResolver,
  ],
})
export class GoodPracticesModule {}
