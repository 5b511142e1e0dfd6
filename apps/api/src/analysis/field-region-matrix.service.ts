import { Injectable } from '@nestjs/common';
import { linkReferenceGraph } from '../reference/reference.service.js';
import { FieldRegionMatrixRepository } from './field-region-matrix.repository.js';
import { FieldRegionMatrixModel } from './models/field-region-matrix.model.js';

@Injectable()
export class FieldRegionMatrixService {
  constructor(private readonly repository: FieldRegionMatrixRepository) {}

  /** Every field × region pair, in chain order and then region order; a pair no actor is active in is a gap. */
  async matrix(): Promise<FieldRegionMatrixModel> {
    const rows = await this.repository.matrix();
    const { fields } = linkReferenceGraph(rows);
    const counted = new Map(
      rows.counts.map((row) => [`${row.actionFieldId}|${row.regionId}`, row.actorCount]),
    );
    const coverage = new Map(rows.coverage.map((row) => [row.actionFieldId, row]));
    return {
      actionFields: fields,
      regions: rows.regions,
      cells: fields.flatMap((field) =>
        rows.regions.map((region) => {
          const actorCount = counted.get(`${field.id}|${region.id}`) ?? 0;
          return {
            actionFieldId: field.id,
            actionFieldKey: field.key,
            regionId: region.id,
            regionKey: region.key,
            actorCount,
            gap: actorCount === 0,
          };
        }),
      ),
      fieldTotals: fields.map((field) => ({
        actionFieldId: field.id,
        actionFieldKey: field.key,
        actorCount: coverage.get(field.id)?.actorCount ?? 0,
        statewideCount: coverage.get(field.id)?.statewideCount ?? 0,
        withoutRegionCount: coverage.get(field.id)?.withoutRegionCount ?? 0,
      })),
    };
  }
}
