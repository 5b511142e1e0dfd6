import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module.js';
import { GuidelineTemplatesModule } from '../guideline-templates/guideline-templates.module.js';
import { GuidelineVersionsModule } from '../guideline-versions/guideline-versions.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { GuidelinesRepository } from './guidelines.repository.js';
import { GuidelinesResolver } from './guidelines.resolver.js';
import { GuidelinesService } from './guidelines.service.js';

@Module({
  imports: [GraphModule, ReferenceModule, GuidelineVersionsModule, GuidelineTemplatesModule],
  providers: [GuidelinesRepository, GuidelinesService, GuidelinesResolver],
})
export class GuidelinesModule {}
