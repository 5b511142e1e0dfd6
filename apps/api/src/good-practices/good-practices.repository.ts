import { Injectable } from '@nestjs/common';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { assertReferences } from '../store/references/entity-lookup.repository.js';
import { required } from '../store/write/required.js';
import { findPage, type LinkFilter, type TitledPageRequest } from '../store/paging/titled-page.js';
import { type LinkSpec, LinksRepository } from '../store/links/links.repository.js';
import { goodPracticeProjection } from '../store/projections/projections.repository.js';
import { ChangeLogRepository, diff } from '../store/history/change-log.repository.js';
import { type GoodPracticeFilter, type GoodPracticeRecord } from './good-practice.types.js';

const GOOD_PRACTICE = goodPracticeProjection('n');

/** (:GoodPractice) nodes, the approaches they evidence and who practises them; each change one transaction. */
@Injectable()
export class GoodPracticesRepository {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly links: LinksRepository,
    private readonly history: ChangeLogRepository,
  ) {}

  findById(id: string): Promise<GoodPracticeRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(filter: GoodPracticeFilter, request: TitledPageRequest) {
    const links: LinkFilter[] = [];
    if (filter.solutionApproachIds?.length) {
      links.push({
        pattern: '(s:SolutionApproach)<-[:EVIDENCES]-(n)',
        where: 's.id IN $solutionApproachIds',
      });
    }
    if (filter.actorIds?.length) {
      links.push({ pattern: '(a:Actor)<-[:PRACTISED_BY]-(n)', where: 'a.id IN $actorIds' });
    }
    return this.neo4j.readStatement((tx) =>
      findPage<GoodPracticeRecord>(tx, {
        label: 'GoodPractice',
        conditions: [],
        links,
        params: { solutionApproachIds: filter.solutionApproachIds, actorIds: filter.actorIds },
        projection: GOOD_PRACTICE,
        ...request,
      }),
    );
  }

  changeSolutionLink(action: 'link' | 'unlink', spec: LinkSpec, practiceId: string, userId: string) {
    return this.neo4j.write(async (tx) => {
      await (action === 'link' ? this.links.link(tx, spec, userId) : this.links.unlink(tx, spec, userId));
      return required(await this.get(tx, practiceId), 'GoodPractice');
    });
  }

  /** Replaces who practises it; recorded as one update of `practisedByIds` on the good practice. */
  setActors(id: string, actorIds: string[], userId: string): Promise<GoodPracticeRecord> {
    return this.neo4j.write(async (tx) => {
      await assertReferences(tx, [
        { field: 'goodPracticeId', id, type: 'GoodPractice' },
        ...actorIds.map((actorId) => ({ field: 'actorIds', id: actorId, type: 'Actor' as const })),
      ]);
      const result = await tx.run(
        `MATCH (n:GoodPractice {id: $id})
         WITH n, COLLECT { MATCH (n)-[:PRACTISED_BY]->(a:Actor) RETURN a.id ORDER BY a.id } AS before
         CALL (n) {
           MATCH (n)-[r:PRACTISED_BY]->(a:Actor) WHERE NOT a.id IN $actorIds
           DELETE r
         }
         CALL (n) {
           UNWIND $actorIds AS actorId
           MATCH (a:Actor {id: actorId})
           MERGE (n)-[:PRACTISED_BY]->(a)
         }
         RETURN before`,
        { id, actorIds },
      );
      const before = single<string[]>(result.records, 'before') ?? [];
      const changes = diff({ practisedByIds: before }, { practisedByIds: actorIds });
      if (Object.keys(changes).length > 0) {
        await tx.run('MATCH (n:GoodPractice {id: $id}) SET n.updatedAt = datetime(), n.updatedBy = $userId', {
          id,
          userId,
        });
        await this.history.record(tx, {
          entityId: id,
          entityType: 'GoodPractice',
          action: 'update',
          userId,
          changes,
        });
      }
      return required(await this.get(tx, id), 'GoodPractice');
    });
  }

  private async get(tx: Tx, id: string): Promise<GoodPracticeRecord | null> {
    const result = await tx.run(`MATCH (n:GoodPractice {id: $id}) RETURN ${GOOD_PRACTICE} AS practice`, {
      id,
    });
    return single<GoodPracticeRecord>(result.records, 'practice');
  }
}
