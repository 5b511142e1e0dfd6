import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module.js';
import { GuidelineTemplatesService } from './guideline-templates.service.js';
import { GuidelineTemplatesResolver } from './templates.resolver.js';
import { TemplatesRepository } from './templates.repository.js';

/** Templates for new guidelines: the seeded ones (seed/templates/) and those saved from a guideline. */
@Module({
  imports: [CollabModule],
  providers: [TemplatesRepository, GuidelineTemplatesService, GuidelineTemplatesResolver],
  exports: [GuidelineTemplatesService],
})
export class GuidelineTemplatesModule {}
