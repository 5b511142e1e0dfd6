import { Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { FieldCountsService } from './field-counts.service.js';
import { ActionFieldCountsModel } from './models/field-counts.model.js';

@Resolver()
export class FieldCountsResolver {
  constructor(private readonly service: FieldCountsService) {}

  @Query(() => [ActionFieldCountsModel], {
    description:
      'Per action field, along the process chain: its challenges and the solution approaches addressing them.',
  })
  @RequireRole('member')
  actionFieldCounts(): Promise<ActionFieldCountsModel[]> {
    return this.service.counts();
  }
}
