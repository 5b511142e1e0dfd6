import { Injectable } from '@nestjs/common';
import { ActorModel } from '../../actors/models/actor.model.js';
import type { ChallengeRecord } from '../../challenges/challenge.types.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';
import type { GoodPracticeRecord } from '../../good-practices/good-practice.types.js';
import type { SolutionApproachRecord } from '../../solutions/solution.types.js';
import {
  actorProjection,
  challengeProjection,
  goodPracticeProjection,
  solutionProjection,
} from './projections.repository.js';

/**
 * The linked lists of many nodes at once, one statement per list: what the per-request loaders call
 * for a page of results. Each list comes back sorted by title or name (German order).
 */
@Injectable()
export class RelationsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  solutionsOfChallenges(ids: readonly string[]) {
    return this.lists<SolutionApproachRecord>(
      ids,
      'Challenge',
      '(x:SolutionApproach)-[:ADDRESSES]->(n)',
      solutionProjection('x'),
    );
  }

  actorsOfChallenges(ids: readonly string[]) {
    return this.lists<ActorModel>(
      ids,
      'Challenge',
      '(x:Actor)-[:CARRIES]->(:SolutionApproach)-[:ADDRESSES]->(n)',
      actorProjection('x'),
    );
  }

  challengesOfSolutions(ids: readonly string[]) {
    return this.lists<ChallengeRecord>(
      ids,
      'SolutionApproach',
      '(n)-[:ADDRESSES]->(x:Challenge)',
      challengeProjection('x'),
    );
  }

  carriersOfSolutions(ids: readonly string[]) {
    return this.lists<ActorModel>(ids, 'SolutionApproach', '(x:Actor)-[:CARRIES]->(n)', actorProjection('x'));
  }

  goodPracticesOfSolutions(ids: readonly string[]) {
    return this.lists<GoodPracticeRecord>(
      ids,
      'SolutionApproach',
      '(x:GoodPractice)-[:EVIDENCES]->(n)',
      goodPracticeProjection('x'),
    );
  }

  solutionsOfGoodPractices(ids: readonly string[]) {
    return this.lists<SolutionApproachRecord>(
      ids,
      'GoodPractice',
      '(n)-[:EVIDENCES]->(x:SolutionApproach)',
      solutionProjection('x'),
    );
  }

  actorsOfGoodPractices(ids: readonly string[]) {
    return this.lists<ActorModel>(
      ids,
      'GoodPractice',
      '(n)-[:PRACTISED_BY]->(x:Actor)',
      actorProjection('x'),
    );
  }

  solutionsOfActors(ids: readonly string[]) {
    return this.lists<SolutionApproachRecord>(
      ids,
      'Actor',
      '(n)-[:CARRIES]->(x:SolutionApproach)',
      solutionProjection('x'),
    );
  }

  goodPracticesOfActors(ids: readonly string[]) {
    return this.lists<GoodPracticeRecord>(
      ids,
      'Actor',
      '(x:GoodPractice)-[:PRACTISED_BY]->(n)',
      goodPracticeProjection('x'),
    );
  }

  /** `pattern` binds the owner as `n` and each listed node as `x`; both come from this file only. */
  private async lists<T>(
    ids: readonly string[],
    ownerLabel: string,
    pattern: string,
    projection: string,
  ): Promise<Map<string, T[]>> {
    const result = await this.neo4j.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (n:${ownerLabel} {id: id})
         RETURN id, COLLECT {
           MATCH ${pattern}
           WITH DISTINCT x ORDER BY coalesce(x.sortKey, ''), x.id
           RETURN ${projection}
         } AS items`,
        { ids },
      ),
    );
    return new Map(
      result.records.map((record) => [record.get('id') as string, toPlain(record.get('items')) as T[]]),
    );
  }
}
