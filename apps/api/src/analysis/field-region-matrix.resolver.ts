import { Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { FieldRegionMatrixService } from './field-region-matrix.service.js';
import { FieldRegionMatrixModel } from './models/field-region-matrix.model.js';

@Resolver()
export class FieldRegionMatrixResolver {
  constructor(private readonly service: FieldRegionMatrixService) {}

  @Query(() => FieldRegionMatrixModel, {
    description:
      'Action fields × regions: how many actors are active in each region in each field (a cell with none is ' +
      'a gap), with the statewide actors and those without a region per field beside the cells.',
  })
  @RequireRole('member')
  fieldRegionMatrix(): Promise<FieldRegionMatrixModel> {
    return this.service.matrix();
  }
}
