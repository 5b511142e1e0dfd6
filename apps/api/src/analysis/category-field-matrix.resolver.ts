import { Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CategoryFieldMatrixService } from './category-field-matrix.service.js';
import { CategoryFieldMatrixModel } from './models/category-field-matrix.model.js';

@Resolver()
export class CategoryFieldMatrixResolver {
  constructor(private readonly service: CategoryFieldMatrixService) {}

  @Query(() => CategoryFieldMatrixModel, {
    description: 'Actor categories × action fields: annex placements and how many actors work in each pair.',
  })
  @RequireRole('member')
  categoryFieldMatrix() {
    return this.service.matrix();
  }
}
