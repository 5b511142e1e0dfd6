import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { required } from '../store/write/required.js';
import { findPage, type LinkFilter } from '../store/paging/titled-page.js';
import { type LinkSpec, LinksRepository } from '../store/links/links.repository.js';
import { solutionProjection } from '../store/projections/projections.repository.js';
import type { TitleOrder } from '../store/paging/title-order.js';
import { ChangeLogRepository } from '../store/history/change-log.repository.js';
import { type SolutionApproachRecord, type SolutionFilter } from './solution.types.js';

const SOLUTION = solutionProjection('n');

/** (:SolutionApproach) nodes, what they address and who carries them; each change one transaction. */
@Injectable()
export class SolutionsRepository {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly history: ChangeLogRepository,
    private readonly links: LinksRepository,
  ) {}

  findById(id: string): Promise<SolutionApproachRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(
    filter: SolutionFilter,
    lucene: string | null,
    order: TitleOrder,
    after: KeysetCursor | null,
    limit: number,
    withCount: boolean,
  ) {
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
        lucene,
        order,
        after,
        limit,
        projection: SOLUTION,
        withCount,
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
