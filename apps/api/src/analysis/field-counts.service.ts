import { Injectable } from '@nestjs/common';
import { linkReferenceGraph } from '../reference/reference.service.js';
import { FieldCountsRepository } from './field-counts.repository.js';
import { ActionFieldCountsModel } from './models/field-counts.model.js';

@Injectable()
export class FieldCountsService {
  constructor(private readonly repository: FieldCountsRepository) {}

  /** One row per action field, along the process chain. */
  async counts(): Promise<ActionFieldCountsModel[]> {
    const rows = await this.repository.counts();
    const countsByField = new Map(rows.counts.map((row) => [row.actionFieldId, row]));
    return linkReferenceGraph(rows).fields.map((actionField) => ({
      actionField,
      challengeCount: countsByField.get(actionField.id)?.challengeCount ?? 0,
      solutionApproachCount: countsByField.get(actionField.id)?.solutionApproachCount ?? 0,
    }));
  }
}
