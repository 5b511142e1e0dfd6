import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { findPage, type LinkFilter, type TitledPageRequest } from '../store/paging/titled-page.js';
import { challengeProjection } from '../store/projections/projections.repository.js';
import { type ChallengeFilter, type ChallengeRecord } from './challenge.types.js';

const CHALLENGE = challengeProjection('n');

/** Reads of (:Challenge) nodes; changes go through the write path (CHALLENGE_CONCEPT). */
@Injectable()
export class ChallengesRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  findById(id: string): Promise<ChallengeRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(filter: ChallengeFilter, request: TitledPageRequest) {
    const links: LinkFilter[] = [];
    if (filter.actionFieldIds?.length) {
      links.push({ pattern: '(f:ActionField)<-[:IN_FIELD]-(n)', where: 'f.id IN $actionFieldIds' });
    }
    const conditions: string[] = [];
    if (filter.status?.length) conditions.push('n.status IN $status');
    if (filter.priority?.length) conditions.push('n.priority IN $priority');
    if (filter.withoutSolution) conditions.push('NOT EXISTS { MATCH (:SolutionApproach)-[:ADDRESSES]->(n) }');
    if (filter.regionIds?.length) {
      // Statewide actors work in every region, as in the actor list.
      conditions.push(
        `EXISTS { MATCH (a:Actor)-[:CARRIES]->(:SolutionApproach)-[:ADDRESSES]->(n)
           WHERE a.statewide = true OR EXISTS { MATCH (a)-[:ACTIVE_IN]->(r:Region) WHERE r.id IN $regionIds } }`,
      );
    }
    return this.neo4j.readStatement((tx) =>
      findPage<ChallengeRecord>(tx, {
        label: 'Challenge',
        conditions,
        links,
        params: {
          actionFieldIds: filter.actionFieldIds,
          status: filter.status,
          priority: filter.priority,
          regionIds: filter.regionIds,
        },
        projection: CHALLENGE,
        ...request,
      }),
    );
  }

  private async get(tx: Tx, id: string): Promise<ChallengeRecord | null> {
    const result = await tx.run(`MATCH (n:Challenge {id: $id}) RETURN ${CHALLENGE} AS challenge`, { id });
    return single<ChallengeRecord>(result.records, 'challenge');
  }
}
