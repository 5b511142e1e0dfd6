import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, germanSortKey, notFound } from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { changesOnCreate, changesOnDelete } from '../store/history/changes.js';
import { assertReferences } from '../store/references/entity-lookup.repository.js';
import { required } from '../store/write/required.js';
import { findPage, type LinkFilter } from '../store/paging/keyset-page.repository.js';
import { type LinkSpec, LinksRepository } from '../store/links/links.repository.js';
import { solutionProjection } from '../store/projections/projections.repository.js';
import type { TitleOrder } from '../store/paging/title-order.js';
import { ChangeLogRepository, diff } from '../store/history/change-log.repository.js';
import {
  type SolutionApproachRecord,
  type SolutionFilter,
  type SolutionProperties,
  type SolutionSnapshot,
  solutionProperties,
} from './solution.types.js';

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

  create(solution: SolutionSnapshot, userId: string): Promise<SolutionApproachRecord> {
    return this.neo4j.write(async (tx) => {
      await assertReferences(tx, [
        ...solution.challengeIds.map((id) => ({ field: 'challengeIds', id, type: 'Challenge' as const })),
        ...solution.carrierIds.map((id) => ({ field: 'carrierIds', id, type: 'Actor' as const })),
      ]);
      const id = randomUUID();
      await tx.run(
        `CREATE (n:SolutionApproach {id: $id, title: $title, sortKey: $sortKey, description: $description,
           status: $status, createdAt: datetime(), updatedAt: datetime(), createdBy: $userId, updatedBy: $userId})`,
        {
          id,
          title: solution.title,
          sortKey: germanSortKey(solution.title),
          description: solution.description,
          status: solution.status,
          userId,
        },
      );
      const self = { type: 'SolutionApproach' as const, id };
      await this.links.linkAll(tx, 'ADDRESSES', self, 'Challenge', solution.challengeIds);
      await this.links.linkAllTo(tx, 'CARRIES', 'Actor', solution.carrierIds, self);
      await this.history.record(tx, {
        entityId: id,
        entityType: 'SolutionApproach',
        action: 'create',
        userId,
        changes: changesOnCreate({ ...solution }),
      });
      return required(await this.get(tx, id), 'SolutionApproach');
    });
  }

  update(id: string, userId: string, patch: Partial<SolutionProperties>): Promise<SolutionApproachRecord> {
    return this.neo4j.write(async (tx) => {
      const current = await this.get(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.SolutionApproach.singular, id);
      const before = solutionProperties(current);
      const after: SolutionProperties = { ...before, ...patch };
      const changes = diff({ ...before }, { ...after });
      if (Object.keys(changes).length === 0) return current;
      const result = await tx.run(
        `MATCH (n:SolutionApproach {id: $id})
         SET n.title = $title, n.sortKey = $sortKey, n.description = $description, n.status = $status,
           n.updatedAt = datetime(), n.updatedBy = $userId
         RETURN ${SOLUTION} AS solution`,
        { ...after, id, sortKey: germanSortKey(after.title), userId },
      );
      await this.history.record(tx, {
        entityId: id,
        entityType: 'SolutionApproach',
        action: 'update',
        userId,
        changes,
      });
      return required(single<SolutionApproachRecord>(result.records, 'solution'), 'SolutionApproach');
    });
  }

  /** Removes the approach with all its relationships; challenges, actors and good practices stay. */
  delete(id: string, userId: string): Promise<void> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (n:SolutionApproach {id: $id})
         WITH n, ${SOLUTION} AS solution,
           COLLECT { MATCH (n)-[:ADDRESSES]->(c:Challenge) RETURN c.id ORDER BY c.id } AS challengeIds,
           COLLECT { MATCH (a:Actor)-[:CARRIES]->(n) RETURN a.id ORDER BY a.id } AS carrierIds,
           COLLECT { MATCH (g:GoodPractice)-[:EVIDENCES]->(n) RETURN g.id ORDER BY g.id } AS goodPracticeIds
         DETACH DELETE n
         RETURN solution, challengeIds, carrierIds, goodPracticeIds`,
        { id },
      );
      const current = single<SolutionApproachRecord>(result.records, 'solution');
      if (!current) throw notFound(ENTITY_LABELS.SolutionApproach.singular, id);
      const record = result.records[0];
      await this.history.record(tx, {
        entityId: id,
        entityType: 'SolutionApproach',
        action: 'delete',
        userId,
        changes: changesOnDelete({
          ...solutionProperties(current),
          challengeIds: record.get('challengeIds'),
          carrierIds: record.get('carrierIds'),
          goodPracticeIds: record.get('goodPracticeIds'),
        }),
      });
    });
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
