import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ActorModel } from '../actors/models/actor.model.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RelationLoaders } from '../store/relations/relation-loaders.js';
import { nestedListComplexity } from '../store/relations/nested-list.js';
import { ActionFieldModel } from '../reference/models/action-field.model.js';
import { SolutionApproachModel } from '../solutions/models/solution-approach.model.js';
import type { SolutionApproachRecord } from '../solutions/solution.types.js';
import type { ChallengeRecord } from './challenge.types.js';
import { ChallengeModel } from './models/challenge.model.js';

/** The links of a challenge, fetched in one batch per field for all challenges of a response. */
@Resolver(() => ChallengeModel)
export class ChallengeFieldsResolver {
  constructor(
    private readonly loaders: RelationLoaders,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField('actionField', () => ActionFieldModel, { nullable: true })
  async actionField(@Parent() challenge: ChallengeRecord): Promise<ActionFieldModel | null> {
    return challenge.actionFieldId ? this.reference.findActionField(challenge.actionFieldId) : null;
  }

  @ResolveField('solutionApproaches', () => [SolutionApproachModel], {
    description: 'Solution approaches that address this challenge, by title',
    complexity: nestedListComplexity,
  })
  solutionApproaches(
    @Parent() challenge: ChallengeRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SolutionApproachRecord[]> {
    return this.loaders.related(req, info, 'Challenge', 'solutionApproaches', challenge);
  }

  @ResolveField('actors', () => [ActorModel], {
    description: 'Actors involved: those carrying a solution approach to this challenge, by name',
    complexity: nestedListComplexity,
  })
  actors(
    @Parent() challenge: ChallengeRecord,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ActorModel[]> {
    return this.loaders.related(req, info, 'Challenge', 'actors', challenge);
  }
}
