import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ActorModel } from '../actors/models/actor.model.js';
import { nestedListComplexity } from '../store/relations/nested-list.js';
import { RelationLoaders } from '../store/relations/relation-loaders.js';
import { SolutionApproachModel } from '../solutions/models/solution-approach.model.js';
import type { SolutionApproachRecord } from '../solutions/solution.types.js';
import type { GoodPracticeRecord } from './good-practice.types.js';
import { GoodPracticeModel } from './models/good-practice.model.js';

/** The links of a good practice, fetched in one batch per field for all practices of a response. */
@Resolver(() => GoodPracticeModel)
export class GoodPracticeFieldsResolver {
  constructor(private readonly loaders: RelationLoaders) {}

  @ResolveField('solutionApproaches', () => [SolutionApproachModel], {
    description: 'Solution approaches it evidences, by title',
    complexity: nestedListComplexity,
  })
  solutionApproaches(
    @Parent() practice: GoodPracticeRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SolutionApproachRecord[]> {
    return this.loaders.related(req, info, 'GoodPractice', 'solutionApproaches', practice);
  }

  @ResolveField('practisedBy', () => [ActorModel], {
    description: 'Actors practising it, by name',
    complexity: nestedListComplexity,
  })
  practisedBy(
    @Parent() practice: GoodPracticeRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActorModel[]> {
    return this.loaders.related(req, info, 'GoodPractice', 'practisedBy', practice);
  }
}
