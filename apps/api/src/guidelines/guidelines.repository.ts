import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { findPage, type LinkFilter } from '../store/paging/titled-page.js';
import { guidelineProjection } from '../store/projections/projections.repository.js';
import type { TitleOrder } from '../store/paging/title-order.js';
import { ChangeLogRepository } from '../store/history/change-log.repository.js';
import { type GuidelineFilter, type GuidelineRecord } from './guideline.types.js';

const GUIDELINE = guidelineProjection('n');

/** (:Guideline) metadata and its (:ActionField); each change one transaction with its history. */
@Injectable()
export class GuidelinesRepository {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly history: ChangeLogRepository,
  ) {}

  findById(id: string): Promise<GuidelineRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(
    filter: GuidelineFilter,
    lucene: string | null,
    order: TitleOrder,
    after: KeysetCursor | null,
    limit: number,
    withCount: boolean,
  ) {
    const links: LinkFilter[] = [];
    if (filter.actionFieldIds?.length) {
      links.push({ pattern: '(f:ActionField)<-[:IN_FIELD]-(n)', where: 'f.id IN $actionFieldIds' });
    }
    const conditions: string[] = [];
    if (filter.status?.length) conditions.push('n.status IN $status');
    return this.neo4j.readStatement((tx) =>
      findPage<GuidelineRecord>(tx, {
        label: 'Guideline',
        conditions,
        links,
        params: { actionFieldIds: filter.actionFieldIds, status: filter.status },
        lucene,
        order,
        after,
        limit,
        projection: GUIDELINE,
        withCount,
      }),
    );
  }

  private async get(tx: Tx, id: string): Promise<GuidelineRecord | null> {
    const result = await tx.run(`MATCH (n:Guideline {id: $id}) RETURN ${GUIDELINE} AS guideline`, { id });
    return single<GuidelineRecord>(result.records, 'guideline');
  }
}
