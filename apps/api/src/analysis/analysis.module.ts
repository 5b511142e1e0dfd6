import { Module } from '@nestjs/common';
import { CategoryFieldMatrixRepository } from './category-field-matrix.repository.js';
import { CategoryFieldMatrixResolver } from './category-field-matrix.resolver.js';
import { CategoryFieldMatrixService } from './category-field-matrix.service.js';
import { FieldCountsRepository } from './field-counts.repository.js';
import { FieldCountsResolver } from './field-counts.resolver.js';
import { FieldCountsService } from './field-counts.service.js';
import { FieldRegionMatrixRepository } from './field-region-matrix.repository.js';
import { FieldRegionMatrixResolver } from './field-region-matrix.resolver.js';
import { FieldRegionMatrixService } from './field-region-matrix.service.js';

@Module({
  providers: [
    CategoryFieldMatrixRepository,
    CategoryFieldMatrixService,
    CategoryFieldMatrixResolver,
    FieldCountsRepository,
    FieldCountsService,
    FieldCountsResolver,
    FieldRegionMatrixRepository,
    FieldRegionMatrixService,
    FieldRegionMatrixResolver,
  ],
})
export class AnalysisModule {}
