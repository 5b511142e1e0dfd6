import { Module } from '@nestjs/common';
import { CategoryFieldMatrixRepository } from './category-field-matrix.repository.js';
import { CategoryFieldMatrixResolver } from './category-field-matrix.resolver.js';
import { CategoryFieldMatrixService } from './category-field-matrix.service.js';
import { FieldCountsRepository } from './field-counts.repository.js';
import { FieldCountsResolver } from './field-counts.resolver.js';
import { FieldCountsService } from './field-counts.service.js';

@Module({
  providers: [
    CategoryFieldMatrixRepository,
    CategoryFieldMatrixService,
    CategoryFieldMatrixResolver,
    FieldCountsRepository,
    FieldCountsService,
    FieldCountsResolver,
  ],
})
export class AnalysisModule {}
