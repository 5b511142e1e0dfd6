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
import { challengeProjection } from '../store/projections/projections.repository.js';
import type { TitleOrder } from '../store/paging/title-order.js';
import { type FieldChanges, ChangeLogRepository, diff } from '../store/history/change-log.repository.js';
import {
  type ChallengeFilter,
  type ChallengeRecord,
  type ChallengeSnapshot,
  challengeSnapshot,
} from './challenge.types.js';

const CHALLENGE = challengeProjection('n');

/** (:Challenge) nodes and their (:ActionField); every change is one transaction with its history. */
@Injectable()
export class ChallengesRepository {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly history: ChangeLogRepository,
  ) {}

  findById(id: string): Promise<ChallengeRecord | null> {
    return this.neo4j.readStatement((tx) => this.get(tx, id));
  }

  page(
    filter: ChallengeFilter,
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
    if (filter.priority?.length) conditions.push('n.priority IN $priority');
    return this.neo4j.readStatement((tx) =>
      findPage<ChallengeRecord>(tx, {
        label: 'Challenge',
        conditions,
        links,
        params: { actionFieldIds: filter.actionFieldIds, status: filter.status, priority: filter.priority },
        lucene,
        order,
        after,
        limit,
        projection: CHALLENGE,
        withCount,
      }),
    );
  }

  create(challenge: ChallengeSnapshot, userId: string): Promise<ChallengeRecord> {
    return this.neo4j.write(async (tx) => {
      await assertReferences(tx, [
        { field: 'actionFieldId', id: challenge.actionFieldId ?? '', type: 'ActionField' },
      ]);
      const id = randomUUID();
      const result = await tx.run(
        `MATCH (f:ActionField {id: $actionFieldId})
         CREATE (n:Challenge {id: $id, title: $title, sortKey: $sortKey, description: $description,
           status: $status, priority: $priority, createdAt: datetime(), updatedAt: datetime(),
           createdBy: $userId, updatedBy: $userId})-[:IN_FIELD]->(f)
         RETURN ${CHALLENGE} AS challenge`,
        { ...challenge, id, sortKey: germanSortKey(challenge.title), userId },
      );
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Challenge',
        action: 'create',
        userId,
        changes: changesOnCreate({ ...challenge }),
      });
      return required(single<ChallengeRecord>(result.records, 'challenge'), 'Challenge');
    });
  }

  /**
   * `plan` sees the current state inside the transaction and returns the fields to change (or throws),
   * so a rule that depends on the current state cannot race with another change.
   */
  update(
    id: string,
    userId: string,
    plan: (current: ChallengeSnapshot) => Partial<ChallengeSnapshot>,
  ): Promise<ChallengeRecord> {
    return this.neo4j.write(async (tx) => {
      const current = await this.get(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Challenge.singular, id);
      const before = challengeSnapshot(current);
      const after: ChallengeSnapshot = { ...before, ...plan(before) };
      const changes: FieldChanges = diff({ ...before }, { ...after });
      if (Object.keys(changes).length === 0) return current;
      if (changes.actionFieldId) {
        await assertReferences(tx, [
          { field: 'actionFieldId', id: after.actionFieldId ?? '', type: 'ActionField' },
        ]);
        await tx.run(
          `MATCH (n:Challenge {id: $id})
           OPTIONAL MATCH (n)-[old:IN_FIELD]->()
           DELETE old
           WITH DISTINCT n
           MATCH (f:ActionField {id: $actionFieldId})
           CREATE (n)-[:IN_FIELD]->(f)`,
          { id, actionFieldId: after.actionFieldId },
        );
      }
      const result = await tx.run(
        `MATCH (n:Challenge {id: $id})
         SET n.title = $title, n.sortKey = $sortKey, n.description = $description, n.status = $status,
           n.priority = $priority, n.updatedAt = datetime(), n.updatedBy = $userId
         RETURN ${CHALLENGE} AS challenge`,
        { ...after, id, sortKey: germanSortKey(after.title), userId },
      );
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Challenge',
        action: 'update',
        userId,
        changes,
      });
      return required(single<ChallengeRecord>(result.records, 'challenge'), 'Challenge');
    });
  }

  /** Removes the challenge with its relationships; solution approaches stay (they may answer others). */
  delete(id: string, userId: string): Promise<void> {
    return this.neo4j.write(async (tx) => {
      const result = await tx.run(
        `MATCH (n:Challenge {id: $id})
         WITH n, ${CHALLENGE} AS challenge,
           COLLECT { MATCH (s:SolutionApproach)-[:ADDRESSES]->(n) RETURN s.id ORDER BY s.id } AS solutionApproachIds
         DETACH DELETE n
         RETURN challenge, solutionApproachIds`,
        { id },
      );
      const current = single<ChallengeRecord>(result.records, 'challenge');
      if (!current) throw notFound(ENTITY_LABELS.Challenge.singular, id);
      const solutionApproachIds = single<string[]>(result.records, 'solutionApproachIds') ?? [];
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Challenge',
        action: 'delete',
        userId,
        changes: changesOnDelete({ ...challengeSnapshot(current), solutionApproachIds }),
      });
    });
  }

  private async get(tx: Tx, id: string): Promise<ChallengeRecord | null> {
    const result = await tx.run(`MATCH (n:Challenge {id: $id}) RETURN ${CHALLENGE} AS challenge`, { id });
    return single<ChallengeRecord>(result.records, 'challenge');
  }
}
