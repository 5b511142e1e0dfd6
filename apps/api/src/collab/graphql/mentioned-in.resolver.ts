import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { MentionableType } from '@netzwerkstatt/editor';
import { ActorModel } from '../../actors/models/actor.model.js';
import { ChallengeModel } from '../../challenges/models/challenge.model.js';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import { GoodPracticeModel } from '../../good-practices/models/good-practice.model.js';
import type { GuidelineRecord } from '../../guidelines/guideline.types.js';
import { GuidelineModel } from '../../guidelines/models/guideline.model.js';
import { PersonModel } from '../../persons/models/person.model.js';
import { ActionFieldModel } from '../../reference/models/action-field.model.js';
import { SolutionApproachModel } from '../../solutions/models/solution-approach.model.js';
import { growingListComplexity } from '../../store/relations/nested-list.js';
import { CollabRepository } from '../collab.repository.js';

/**
 * `mentionedIn` („Erwähnt in Leitfäden“) on every kind a guideline can mention: one resolver class per
 * GraphQL type, one query per type and response through a request loader.
 */
function mentionedInResolver(type: MentionableType, model: abstract new () => object) {
  @Resolver(() => model)
  class MentionedInResolver {
    constructor(readonly repository: CollabRepository) {}

    @ResolveField('mentionedIn', () => [GuidelineModel], {
      description: 'Guidelines whose text mentions this (Erwähnt in Leitfäden), by title',
      complexity: growingListComplexity,
    })
    mentionedIn(
      @Parent() parent: { id: string },
      @Context('req') request: object,
    ): Promise<GuidelineRecord[]> {
      return requestLoader<GuidelineRecord[]>(
        request,
        `${type}.mentionedIn`,
        (ids) => this.repository.mentionedIn(type, ids),
        () => [],
      ).load(parent.id);
    }
  }
  Object.defineProperty(MentionedInResolver, 'name', { value: `${type}MentionedInResolver` });
  return MentionedInResolver;
}

export const MENTIONED_IN_RESOLVERS = [
  mentionedInResolver('Actor', ActorModel),
  mentionedInResolver('Person', PersonModel),
  mentionedInResolver('Challenge', ChallengeModel),
  mentionedInResolver('SolutionApproach', SolutionApproachModel),
  mentionedInResolver('GoodPractice', GoodPracticeModel),
  mentionedInResolver('ActionField', ActionFieldModel),
];
