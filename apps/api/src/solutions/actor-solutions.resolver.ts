import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ActorModel } from '../actors/models/actor.model.js';
import type { GoodPracticeRecord } from '../good-practices/good-practice.types.js';
import { GoodPracticeModel } from '../good-practices/models/good-practice.model.js';
import { nestedListComplexity } from '../store/relations/nested-list.js';
import { RelationLoaders } from '../store/relations/relation-loaders.js';
import { SolutionApproachModel } from './models/solution-approach.model.js';
import type { SolutionApproachRecord } from './solution.types.js';

/** What an actor carries and practises, added to the Actor type from here, where those links live. */
@Resolver(() => ActorModel)
export class ActorSolutionsResolver {
  constructor(private readonly loaders: RelationLoaders) {}

  @ResolveField('solutionApproaches', () => [SolutionApproachModel], {
    description: 'Solution approaches the actor carries, by title',
    complexity: nestedListComplexity,
  })
  solutionApproaches(
    @Parent() actor: { id: string },
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SolutionApproachRecord[]> {
    return this.loaders.related(req, info, 'Actor', 'solutionApproaches', actor);
  }

  @ResolveField('goodPractices', () => [GoodPracticeModel], {
    description: 'Good practices the actor practises, by title',
    complexity: nestedListComplexity,
  })
  goodPractices(
    @Parent() actor: { id: string },
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GoodPracticeRecord[]> {
    return this.loaders.related(req, info, 'Actor', 'goodPractices', actor);
  }
}
