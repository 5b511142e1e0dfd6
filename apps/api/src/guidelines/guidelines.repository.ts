import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { findPage, type LinkFilter, type TitledPageRequest } from '../store/paging/titled-page.js';
import { guidelineProjection } from '../store/projections/projections.repository.js';
import { type GuidelineFilter, type GuidelineRecord } from './guideline.types.js';

const GUIDELINE = guidelineProjection('n');

/** (:Guideline) metadata and its (:ActionField); each change one transaction with its history. */
@Injectable()
export class GuidelinesRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  findById(id: string): Promise<GuidelineRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(filter: GuidelineFilter, request: TitledPageRequest) {
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
        projection: GUIDELINE,
        ...request,
      }),
    );
  }

  private async get(tx: Tx, id: string): Promise<GuidelineRecord | null> {
    const result = await tx.run(`MATCH (n:Guideline {id: $id}) RETURN ${GUIDELINE} AS guideline`, { id });
    return single<GuidelineRecord>(result.records, 'guideline');
  }
}
