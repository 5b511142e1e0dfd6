import { Module } from '@nestjs/common';
import { CollabModule } from '../collab/collab.module.js';
import { GuidelineExportController } from './guideline-export.controller.js';
import { GuidelineExportRepository } from './guideline-export.repository.js';
import { GuidelineExportService } from './guideline-export.service.js';

/** Downloads of a guideline as Markdown, HTML, DOCX and PDF, made here without any outside service. */
@Module({
  imports: [CollabModule],
  controllers: [GuidelineExportController],
  providers: [GuidelineExportRepository, GuidelineExportService],
})
export class GuidelineExportModule {}
