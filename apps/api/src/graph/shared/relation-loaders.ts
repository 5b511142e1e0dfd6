import { Injectable } from '@nestjs/common';
import { ActorModel } from '../../actors/models/actor.model.js';
import type { ChallengeRecord } from '../../challenges/challenge.types.js';
import { requestLoader } from '../../common/loaders/request-loaders.js';
import type { GoodPracticeRecord } from '../../good-practices/good-practice.types.js';
import { ActionFieldModel } from '../../reference/models/action-field.model.js';
import { ReferenceService } from '../../reference/reference.service.js';
import type { SolutionApproachRecord } from '../../solutions/solution.types.js';
import { RelationsRepository } from './relations.repository.js';

type Batch<V> = (ids: readonly string[]) => Promise<Map<string, V>>;

/**
 * Per-request loaders for the links between challenges, solution approaches, good practices, actors and
 * action fields: a page of 3 or of 30 results costs one query per nested list field, not one per row.
 * `scope` is the request of the GraphQL context.
 */
@Injectable()
export class RelationLoaders {
  constructor(
    private readonly relations: RelationsRepository,
    private readonly reference: ReferenceService,
  ) {}

  solutionsOfChallenge(scope: object) {
    return this.list<SolutionApproachRecord>(scope, 'solutionsOfChallenge', (ids) =>
      this.relations.solutionsOfChallenges(ids),
    );
  }

  actorsOfChallenge(scope: object) {
    return this.list<ActorModel>(scope, 'actorsOfChallenge', (ids) => this.relations.actorsOfChallenges(ids));
  }

  challengesOfSolution(scope: object) {
    return this.list<ChallengeRecord>(scope, 'challengesOfSolution', (ids) =>
      this.relations.challengesOfSolutions(ids),
    );
  }

  carriersOfSolution(scope: object) {
    return this.list<ActorModel>(scope, 'carriersOfSolution', (ids) =>
      this.relations.carriersOfSolutions(ids),
    );
  }

  goodPracticesOfSolution(scope: object) {
    return this.list<GoodPracticeRecord>(scope, 'goodPracticesOfSolution', (ids) =>
      this.relations.goodPracticesOfSolutions(ids),
    );
  }

  solutionsOfGoodPractice(scope: object) {
    return this.list<SolutionApproachRecord>(scope, 'solutionsOfGoodPractice', (ids) =>
      this.relations.solutionsOfGoodPractices(ids),
    );
  }

  actorsOfGoodPractice(scope: object) {
    return this.list<ActorModel>(scope, 'actorsOfGoodPractice', (ids) =>
      this.relations.actorsOfGoodPractices(ids),
    );
  }

  solutionsOfActor(scope: object) {
    return this.list<SolutionApproachRecord>(scope, 'solutionsOfActor', (ids) =>
      this.relations.solutionsOfActors(ids),
    );
  }

  goodPracticesOfActor(scope: object) {
    return this.list<GoodPracticeRecord>(scope, 'goodPracticesOfActor', (ids) =>
      this.relations.goodPracticesOfActors(ids),
    );
  }

  /** The nine action fields are read once per request, whatever the number of rows asking for one. */
  actionField(scope: object) {
    return requestLoader<ActionFieldModel | null>(
      scope,
      'actionFieldById',
      async () => new Map((await this.reference.actionFields()).map((field) => [field.id, field])),
      () => null,
    );
  }

  private list<V>(scope: object, name: string, batch: Batch<V[]>) {
    return requestLoader<V[]>(scope, name, batch, () => []);
  }
}
