import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { GapsRepository } from './gaps.repository.js';
import { GapsResolver } from './gaps.resolver.js';
import { GapsService } from './gaps.service.js';

/** The steering group's gap lists (Lückenlisten), computed live from the graph. */
@Module({
  imports: [ReferenceModule],
  providers: [GapsRepository, GapsService, GapsResolver],
})
export class GapsModule {}
