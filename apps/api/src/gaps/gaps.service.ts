import { Injectable } from '@nestjs/common';
import type { ActionFieldModel } from '../reference/models/action-field.model.js';
import { ReferenceService } from '../reference/reference.service.js';
import { GapsRepository } from './gaps.repository.js';
import type { CategoryFieldGapModel } from './models/category-field-gap.model.js';

/** The gap lists whose rows are reference vocabulary: ids from the graph, objects from the kept lists. */
@Injectable()
export class GapsService {
  constructor(
    private readonly repository: GapsRepository,
    private readonly reference: ReferenceService,
  ) {}

  async actionFieldsWithoutChallenges(): Promise<ActionFieldModel[]> {
    const [ids, fields] = await Promise.all([
      this.repository.fieldsWithoutChallenges(),
      this.reference.actionFields(),
    ]);
    return fields.filter((field) => ids.includes(field.id));
  }

  async categoryFieldGaps(): Promise<CategoryFieldGapModel[]> {
    const [rows, fields, categories] = await Promise.all([
      this.repository.categoryFieldGaps(),
      this.reference.actionFields(),
      this.reference.actorCategories(),
    ]);
    const gaps: CategoryFieldGapModel[] = [];
    for (const row of rows) {
      const category = categories.find((candidate) => candidate.id === row.categoryId);
      const actionField = fields.find((candidate) => candidate.id === row.actionFieldId);
      // Both come from the seeded agreement; a node seeded within the reference lists' lifetime waits for them.
      if (category && actionField) gaps.push({ category, actionField });
    }
    return gaps;
  }
}
