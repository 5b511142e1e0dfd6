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
import { guidelineProjection } from '../store/projections/projections.repository.js';
import type { TitleOrder } from '../store/paging/title-order.js';
import { ChangeLogRepository, diff } from '../store/history/change-log.repository.js';
import {
  type GuidelineFilter,
  type GuidelineRecord,
  type GuidelineSnapshot,
  guidelineSnapshot,
} from './guideline.types.js';

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

  create(guideline: GuidelineSnapshot, userId: string): Promise<GuidelineRecord> {
    return this.neo4j.write(async (tx) => {
      const id = randomUUID();
      await tx.run(
        `CREATE (n:Guideline {id: $id, title: $title, sortKey: $sortKey, status: $status, version: $version,
           createdAt: datetime(), updatedAt: datetime(), createdBy: $userId, updatedBy: $userId})`,
        { ...guideline, id, sortKey: germanSortKey(guideline.title), userId },
      );
      await this.setActionField(tx, id, guideline.actionFieldId);
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Guideline',
        action: 'create',
        userId,
        changes: changesOnCreate({ ...guideline }),
      });
      return required(await this.get(tx, id), 'Guideline');
    });
  }

  /**
   * `plan` sees the current state inside the transaction and returns the fields to change (or throws),
   * so the status workflow is checked against the state that is actually changed.
   */
  update(
    id: string,
    userId: string,
    plan: (current: GuidelineSnapshot) => Partial<GuidelineSnapshot>,
  ): Promise<GuidelineRecord> {
    return this.neo4j.write(async (tx) => {
      const current = await this.get(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Guideline.singular, id);
      const before = guidelineSnapshot(current);
      const after: GuidelineSnapshot = { ...before, ...plan(before) };
      const changes = diff({ ...before }, { ...after });
      if (Object.keys(changes).length === 0) return current;
      if (changes.actionFieldId) {
        await tx.run('MATCH (n:Guideline {id: $id})-[r:IN_FIELD]->() DELETE r', { id });
        await this.setActionField(tx, id, after.actionFieldId);
      }
      await tx.run(
        `MATCH (n:Guideline {id: $id})
         SET n.title = $title, n.sortKey = $sortKey, n.status = $status, n.version = $version,
           n.updatedAt = datetime(), n.updatedBy = $userId`,
        { ...after, id, sortKey: germanSortKey(after.title), userId },
      );
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Guideline',
        action: 'update',
        userId,
        changes,
      });
      return required(await this.get(tx, id), 'Guideline');
    });
  }

  /** `guard` may refuse based on the current state; the guideline goes with its relationships. */
  delete(id: string, userId: string, guard: (current: GuidelineSnapshot) => void): Promise<void> {
    return this.neo4j.write(async (tx) => {
      const current = await this.get(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Guideline.singular, id);
      guard(guidelineSnapshot(current));
      await tx.run('MATCH (n:Guideline {id: $id}) DETACH DELETE n', { id });
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Guideline',
        action: 'delete',
        userId,
        changes: changesOnDelete({ ...guidelineSnapshot(current) }),
      });
    });
  }

  private async setActionField(tx: Tx, id: string, actionFieldId: string | null): Promise<void> {
    if (!actionFieldId) return;
    await assertReferences(tx, [{ field: 'actionFieldId', id: actionFieldId, type: 'ActionField' }]);
    await tx.run(
      `MATCH (n:Guideline {id: $id}), (f:ActionField {id: $actionFieldId})
       CREATE (n)-[:IN_FIELD]->(f)`,
      { id, actionFieldId },
    );
  }

  private async get(tx: Tx, id: string): Promise<GuidelineRecord | null> {
    const result = await tx.run(`MATCH (n:Guideline {id: $id}) RETURN ${GUIDELINE} AS guideline`, { id });
    return single<GuidelineRecord>(result.records, 'guideline');
  }
}
