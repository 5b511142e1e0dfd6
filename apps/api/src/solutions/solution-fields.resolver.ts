import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ActorModel } from '../actors/models/actor.model.js';
import type { ChallengeRecord } from '../challenges/challenge.types.js';
import { ChallengeModel } from '../challenges/models/challenge.model.js';
import type { GoodPracticeRecord } from '../good-practices/good-practice.types.js';
import { GoodPracticeModel } from '../good-practices/models/good-practice.model.js';
import { nestedListComplexity } from '../store/relations/nested-list.js';
import { RelationLoaders } from '../store/relations/relation-loaders.js';
import { SolutionApproachModel } from './models/solution-approach.model.js';
import type { SolutionApproachRecord } from './solution.types.js';

/** The links of a solution approach, fetched in one batch per field for all approaches of a response. */
@Resolver(() => SolutionApproachModel)
export class SolutionFieldsResolver {
  constructor(private readonly loaders: RelationLoaders) {}

  @ResolveField('challenges', () => [ChallengeModel], {
    description: 'Challenges it addresses, by title',
    complexity: nestedListComplexity,
  })
  challenges(
    @Parent() solution: SolutionApproachRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ChallengeRecord[]> {
    return this.loaders.related(req, info, 'SolutionApproach', 'challenges', solution);
  }

  @ResolveField('carriers', () => [ActorModel], {
    description: 'Actors proposing and carrying it, by name',
    complexity: nestedListComplexity,
  })
  carriers(
    @Parent() solution: SolutionApproachRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActorModel[]> {
    return this.loaders.related(req, info, 'SolutionApproach', 'carriers', solution);
  }

  @ResolveField('goodPractices', () => [GoodPracticeModel], {
    description: 'Good practices that show it works, by title',
    complexity: nestedListComplexity,
  })
  goodPractices(
    @Parent() solution: SolutionApproachRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GoodPracticeRecord[]> {
    return this.loaders.related(req, info, 'SolutionApproach', 'goodPractices', solution);
  }
}
