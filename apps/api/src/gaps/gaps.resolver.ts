import { Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { ActionFieldModel } from '../reference/models/action-field.model.js';
import { GapsService } from './gaps.service.js';
import { CategoryFieldGapModel } from './models/category-field-gap.model.js';

@Resolver()
export class GapsResolver {
  constructor(private readonly service: GapsService) {}

  @Query(() => [ActionFieldModel], {
    description:
      'Gap: action fields without any recorded challenge, along the process chain. The other gap lists are ' +
      'filters: challenges(filter: {withoutSolution: true}), solutionApproaches(filter: {withoutCarrier: true}).',
  })
  @RequireRole('member')
  actionFieldsWithoutChallenges(): Promise<ActionFieldModel[]> {
    return this.service.actionFieldsWithoutChallenges();
  }

  @Query(() => [CategoryFieldGapModel], {
    description:
      "Gap: the annex's placements of an actor category in an action field where no actor of the category works.",
  })
  @RequireRole('member')
  categoryFieldGaps(): Promise<CategoryFieldGapModel[]> {
    return this.service.categoryFieldGaps();
  }
}
