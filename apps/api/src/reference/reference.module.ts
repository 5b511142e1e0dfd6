import { Module } from '@nestjs/common';
import { ReferenceRepository } from './reference.repository.js';
import { ReferenceResolver } from './reference.resolver.js';
import { ReferenceService } from './reference.service.js';

@Module({
  providers: [ReferenceRepository, ReferenceService, ReferenceResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}
