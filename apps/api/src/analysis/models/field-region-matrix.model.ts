import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionFieldModel } from '../../reference/models/action-field.model.js';
import { RegionModel } from '../../reference/models/region.model.js';

@ObjectType('FieldRegionCell', { description: 'One action field in one region.' })
export class FieldRegionCellModel {
  @Field(() => ID)
  actionFieldId: string;

  @Field({ description: 'Key of the action field (for graphSet fieldKeys)' })
  actionFieldKey: string;

  @Field(() => ID)
  regionId: string;

  @Field({ description: 'Key of the region (for graphSet regionKeys)' })
  regionKey: string;

  @Field(() => Int, {
    description:
      'Actors active in this region (ACTIVE_IN) that work in this field; a statewide actor counts here only when ' +
      'it is also linked to the region (all statewide actors are in fieldTotals). The same actors: graphSet(filter: {types: [Actor], fieldKeys, regionKeys, regionalOnly: true})',
  })
  actorCount: number;

  @Field({
    description: 'No actor is active in this region in this field (statewide ones may still cover it)',
  })
  gap: boolean;
}

@ObjectType('FieldRegionTotals', { description: 'The actors of one action field beside its regional cells.' })
export class FieldRegionTotalsModel {
  @Field(() => ID)
  actionFieldId: string;

  @Field()
  actionFieldKey: string;

  @Field(() => Int, { description: 'All actors working in the field, each once' })
  actorCount: number;

  @Field(() => Int, {
    description: 'Statewide actors (landesweit) working in the field: they cover every region',
  })
  statewideCount: number;

  @Field(() => Int, {
    description: 'Actors of the field that are neither statewide nor active in any region',
  })
  withoutRegionCount: number;
}

@ObjectType('FieldRegionMatrix', {
  description:
    'Every action field × region: where actors are active. Rows follow `actionFields`, columns `regions`; ' +
    '`cells` holds every pair (fields in chain order, regions in name order within each field).',
})
export class FieldRegionMatrixModel {
  @Field(() => [ActionFieldModel], { description: 'Along the process chain' })
  actionFields: ActionFieldModel[];

  @Field(() => [RegionModel], { description: 'In German name order' })
  regions: RegionModel[];

  @Field(() => [FieldRegionCellModel])
  cells: FieldRegionCellModel[];

  @Field(() => [FieldRegionTotalsModel], { description: 'One per action field, in chain order' })
  fieldTotals: FieldRegionTotalsModel[];
}
