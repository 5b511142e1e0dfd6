import { Module } from '@nestjs/common';
import { CategoryFieldMatrixRepository } from './category-field-matrix.repository.js';
import { CategoryFieldMatrixResolver } from './category-field-matrix.resolver.js';
import { CategoryFieldMatrixService } from './category-field-matrix.service.js';

@Module({
  providers: [CategoryFieldMatrixRepository, CategoryFieldMatrixService, CategoryFieldMatrixResolver],
})
export class AnalysisModule {}
