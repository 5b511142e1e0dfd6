import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { ActionFieldModel } from './models/action-field.model.js';
import { ActionGoalModel } from './models/action-goal.model.js';
import { ActorCategoryModel } from './models/actor-category.model.js';
import { AgreementModel } from './models/agreement.model.js';
import { RegionModel } from './models/region.model.js';
import { ReferenceService } from './reference.service.js';

/** The agreement's vocabulary: action fields, actor categories, regions, goals and rules (read-only). */
@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [ActionFieldModel], { description: 'The nine action fields in process-chain order.' })
  @RequireRole('member')
  actionFields(): Promise<ActionFieldModel[]> {
    return this.reference.actionFields();
  }

  @Query(() => ActionFieldModel, { description: 'One action field by id (NOT_FOUND if unknown).' })
  @RequireRole('member')
  actionField(@Args('id', { type: () => ID }) id: string): Promise<ActionFieldModel> {
    return this.reference.actionField(id);
  }

  @Query(() => ActionFieldModel, { description: 'One action field by its stable key, e.g. "anerkennung".' })
  @RequireRole('member')
  actionFieldByKey(@Args('key') key: string): Promise<ActionFieldModel> {
    return this.reference.actionFieldByKey(key);
  }

  @Query(() => [ActorCategoryModel], {
    description: 'The actor categories, sorted by name, with their fields.',
  })
  @RequireRole('member')
  actorCategories(): Promise<ActorCategoryModel[]> {
    return this.reference.actorCategories();
  }

  @Query(() => [RegionModel], { description: 'The 14 regions of Saxony-Anhalt, sorted by German rules.' })
  @RequireRole('member')
  regions(): Promise<RegionModel[]> {
    return this.reference.regions();
  }

  @Query(() => [ActionGoalModel], { description: "The agreement's six action goals, by number." })
  @RequireRole('member')
  actionGoals(): Promise<ActionGoalModel[]> {
    return this.reference.actionGoals();
  }

  @Query(() => AgreementModel, { description: "The agreement's rules." })
  @RequireRole('member')
  agreement(): Promise<AgreementModel> {
    return this.reference.agreement();
  }
}
