import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { growingListComplexity } from '../store/relations/nested-list.js';
import { RelationLoaders } from '../store/relations/relation-loaders.js';
import { ActionFieldModel } from '../reference/models/action-field.model.js';
import type { ChallengeRecord } from './challenge.types.js';
import { ChallengeModel } from './models/challenge.model.js';

/**
 * The challenges of an action field, added to the ActionField type from here, where challenges live.
 * One query for the fields of a whole response (`actor { actionFields { challenges } }`).
 */
@Resolver(() => ActionFieldModel)
export class ActionFieldChallengesResolver {
  constructor(private readonly loaders: RelationLoaders) {}

  @ResolveField('challenges', () => [ChallengeModel], {
    description: 'Challenges in this action field, by title',
    complexity: growingListComplexity,
  })
  challenges(
    @Parent() field: ActionFieldModel,
    @Context('req') req: object,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ChallengeRecord[]> {
    return this.loaders.related(req, info, 'ActionField', 'challenges', field);
  }
}
