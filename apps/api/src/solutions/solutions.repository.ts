import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { required } from '../store/write/required.js';
import { findPage, type LinkFilter, type TitledPageRequest } from '../store/paging/titled-page.js';
import { type LinkSpec, LinksRepository } from '../store/links/links.repository.js';
import { solutionProjection } from '../store/projections/projections.repository.js';
import { type SolutionApproachRecord, type SolutionFilter } from './solution.types.js';

const SOLUTION = solutionProjection('n');

/** (:SolutionApproach) nodes, what they address and who carries them; each change one transaction. */
@Injectable()
export class SolutionsRepository {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly links: LinksRepository,
  ) {}

  findById(id: string): Promise<SolutionApproachRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(filter: SolutionFilter, request: TitledPageRequest) {
    // Most selective first: a challenge has a few approaches, an actor carries a few, a field many.
    const links: LinkFilter[] = [];
    if (filter.challengeIds?.length) {
      links.push({ pattern: '(c:Challenge)<-[:ADDRESSES]-(n)', where: 'c.id IN $challengeIds' });
    }
    if (filter.actorIds?.length) {
      links.push({ pattern: '(a:Actor)-[:CARRIES]->(n)', where: 'a.id IN $actorIds' });
    }
    if (filter.actionFieldIds?.length) {
      links.push({
        pattern: '(f:ActionField)<-[:IN_FIELD]-(:Challenge)<-[:ADDRESSES]-(n)',
        where: 'f.id IN $actionFieldIds',
      });
    }
    const conditions: string[] = [];
    if (filter.status?.length) conditions.push('n.status IN $status');
    if (filter.withoutCarrier) conditions.push('NOT EXISTS { MATCH (:Actor)-[:CARRIES]->(n) }');
    return this.neo4j.readStatement((tx) =>
      findPage<SolutionApproachRecord>(tx, {
        label: 'SolutionApproach',
        conditions,
        links,
        params: {
          challengeIds: filter.challengeIds,
          actionFieldIds: filter.actionFieldIds,
          actorIds: filter.actorIds,
          status: filter.status,
        },
        projection: SOLUTION,
        ...request,
      }),
    );
  }

  /** Links or unlinks and returns the solution approach as it is afterwards. */
  changeLink(
    action: 'link' | 'unlink',
    spec: LinkSpec,
    solutionId: string,
    userId: string,
  ): Promise<SolutionApproachRecord> {
    return this.neo4j.write(async (tx) => {
      await (action === 'link' ? this.links.link(tx, spec, userId) : this.links.unlink(tx, spec, userId));
      return required(await this.get(tx, solutionId), 'SolutionApproach');
    });
  }

  private async get(tx: Tx, id: string): Promise<SolutionApproachRecord | null> {
    const result = await tx.run(`MATCH (n:SolutionApproach {id: $id}) RETURN ${SOLUTION} AS solution`, {
      id,
    });
    return single<SolutionApproachRecord>(result.records, 'solution');
  }
}
