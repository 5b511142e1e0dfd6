import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { ActionFieldModel } from '../reference/models/action-field.model.js';
import { ActorCategoryModel } from '../reference/models/actor-category.model.js';
import { RegionModel } from '../reference/models/region.model.js';
import { ActorsService } from './actors.service.js';
import { ListActorsArgs } from './dto/list-actors.args.js';
import { ActorConnection, ActorModel } from './models/actor.model.js';

@Resolver(() => ActorModel)
export class ActorsResolver {
  constructor(private readonly service: ActorsService) {}

  @Query(() => ActorModel, { description: 'One actor by id (NOT_FOUND if there is none).' })
  @RequireRole('member')
  actor(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Query(() => ActorConnection, {
    description: 'Actors, filtered and sorted (German order by name by default), paged with cursors.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  actors(@Args() args: ListActorsArgs) {
    return this.service.list(args);
  }

  @ResolveField(() => [ActorCategoryModel], { description: 'Akteurskategorien, by name' })
  categories(@Parent() actor: ActorModel, @Context('req') request: object) {
    return this.service.linked(request, actor.id, 'IN_CATEGORY');
  }

  @ResolveField(() => [ActionFieldModel], {
    description: 'Action fields the actor works in, along the process chain',
  })
  actionFields(@Parent() actor: ActorModel, @Context('req') request: object) {
    return this.service.linked(request, actor.id, 'WORKS_IN');
  }

  @ResolveField(() => [RegionModel], {
    description: 'Regions the actor is active in, by name (none if only statewide)',
  })
  regions(@Parent() actor: ActorModel, @Context('req') request: object) {
    return this.service.linked(request, actor.id, 'ACTIVE_IN');
  }
}
