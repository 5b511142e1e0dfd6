import { Injectable } from '@nestjs/common';
import { linkReferenceGraph } from '../reference/reference.service.js';
import { CategoryFieldMatrixRepository } from './category-field-matrix.repository.js';
import { CategoryFieldMatrixModel } from './models/category-field-matrix.model.js';

@Injectable()
export class CategoryFieldMatrixService {
  constructor(private readonly repository: CategoryFieldMatrixRepository) {}

  /** Axes built like the reference queries build them, so `categories`/`fields` can be followed too. */
  async matrix(): Promise<CategoryFieldMatrixModel> {
    const rows = await this.repository.matrix();
    const { fields, categories } = linkReferenceGraph(rows);
    return {
      actionFields: fields,
      categories,
      cells: rows.cells.map((cell) => ({ ...cell, placementOrder: cell.placementOrder ?? null })),
    };
  }
}
