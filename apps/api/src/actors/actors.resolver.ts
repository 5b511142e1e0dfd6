import { Args, Context, ID, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { NodeFieldsSelected } from '../common/pagination/node-fields.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { selectionTree } from '../common/selection/selected-fields.js';
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
  actor(@Args('id', { type: () => ID }) id: string, @Info() info: GraphQLResolveInfo) {
    return this.service.get(id, selectionTree(info));
  }

  @Query(() => ActorConnection, {
    description: 'Actors, filtered and sorted (German order by name by default), paged with cursors.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  actors(
    @Args() args: ListActorsArgs,
    @TotalCountSelected() withCount: boolean,
    @NodeFieldsSelected() fields: ReadonlySet<string>,
  ) {
    return this.service.list(args, withCount, fields);
  }

  @ResolveField(() => [ActorCategoryModel], { description: 'Akteurskategorien, by name' })
  categories(@Parent() actor: ActorModel, @Context('req') request: object, @Info() info: GraphQLResolveInfo) {
    return this.service.linked(request, actor, 'IN_CATEGORY', String(info.path.key));
  }

  @ResolveField(() => [ActionFieldModel], {
    description: 'Action fields the actor works in, along the process chain',
  })
  actionFields(
    @Parent() actor: ActorModel,
    @Context('req') request: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.linked(request, actor, 'WORKS_IN', String(info.path.key));
  }

  @ResolveField(() => [RegionModel], {
    description: 'Regions the actor is active in, by name (none if only statewide)',
  })
  regions(@Parent() actor: ActorModel, @Context('req') request: object, @Info() info: GraphQLResolveInfo) {
    return this.service.linked(request, actor, 'ACTIVE_IN', String(info.path.key));
  }
}
