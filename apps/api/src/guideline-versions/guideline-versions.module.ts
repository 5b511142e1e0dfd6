import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module.js';
import { GuidelineVersionsService } from './guideline-versions.service.js';
import { GuidelineVersionFieldsResolver, GuidelineVersionsResolver } from './versions.resolver.js';
import { VersionsRepository } from './versions.repository.js';

/** Published versions of a guideline: frozen when the steering group publishes, read by every member. */
@Module({
  imports: [CollabModule],
  providers: [
    VersionsRepository,
    GuidelineVersionsService,
    GuidelineVersionsResolver,
    GuidelineVersionFieldsResolver,
  ],
  exports: [GuidelineVersionsService],
})
export class GuidelineVersionsModule {}
