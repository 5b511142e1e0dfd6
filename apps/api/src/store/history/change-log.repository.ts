import { Injectable } from '@nestjs/common';
import { EntityType } from '@netzwerkstatt/domain';
import { Neo4jService, Tx } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';
import { KeysetCursor } from '../../common/pagination/cursor.js';
import { findKeysetPage } from '../paging/keyset-page.repository.js';

export type ChangeAction = 'create' | 'update' | 'delete' | 'restore' | 'purge' | 'link' | 'unlink';

/** What changed in one field: the value before and after (null when absent). */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export interface ChangeInput {
  entityId: string;
  entityType: EntityType;
  action: ChangeAction;
  userId: string;
  changes?: FieldChanges;
  /** For link/unlink: the other end, e.g. `{ type: 'ActionField', id, label }`. */
  related?: { type: string; id: string; label?: string; relation: string };
}

export interface ChangeRecord {
  id: string;
  at: string;
  entityId: string;
  entityType: EntityType;
  action: ChangeAction;
  userId: string;
  userName: string | null;
  changes: FieldChanges;
  related: ChangeInput['related'] | null;
}

/**
 * The history of every entity: one (:Change) per create, update, delete, link or unlink, written in the
 * same transaction as the change itself, so a change is either recorded with its history or not at all.
 * It keeps the entity id as a property, so the history outlives a deleted entity.
 */
@Injectable()
export class ChangeLogRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async record(tx: Tx, change: ChangeInput): Promise<void> {
    await tx.run(
      `CREATE (:Change {id: randomUUID(), at: datetime(), entityId: $entityId, entityType: $entityType,
         action: $action, userId: $userId, changes: $changes, related: $related})`,
      {
        entityId: change.entityId,
        entityType: change.entityType,
        action: change.action,
        userId: change.userId,
        changes: JSON.stringify(change.changes ?? {}),
        related: change.related ? JSON.stringify(change.related) : null,
      },
    );
  }

  /** Many changes in one statement, each as `record` writes it (bulk operations such as the CSV import). */
  async recordMany(tx: Tx, changes: ChangeInput[]): Promise<void> {
    if (changes.length === 0) return;
    await tx.run(
      `UNWIND $changes AS change
       CREATE (:Change {id: randomUUID(), at: datetime(), entityId: change.entityId, entityType: change.entityType,
         action: change.action, userId: change.userId, changes: change.changes, related: change.related})`,
      {
        changes: changes.map((change) => ({
          entityId: change.entityId,
          entityType: change.entityType,
          action: change.action,
          userId: change.userId,
          changes: JSON.stringify(change.changes ?? {}),
          related: change.related ? JSON.stringify(change.related) : null,
        })),
      },
    );
  }

  /** One recorded change by its id, or null. */
  async findById(changeId: string): Promise<ChangeRecord | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (c:Change {id: $changeId}) OPTIONAL MATCH (u:User {id: c.userId})
       RETURN c { .*, userName: u.displayName } AS change`,
      { changeId },
    );
    const raw = result.records[0]?.get('change') as Record<string, unknown> | undefined;
    return raw ? toChangeRecord(toPlain(raw) as Record<string, unknown>) : null;
  }

  /** Newest first, on the one keyset pager; the total only when `withCount`. */
  /**
   * `viewer`: the history of a personal record (a saved graph view, by `personalTypes`, live or in the
   * Papierkorb) is shown to its owner, to everyone while it is shared, and to admins; to anyone else it
   * is empty, as for an unknown id. Labels come from concept declarations, never from input.
   */
  async list(
    entityId: string,
    limit: number,
    after: KeysetCursor | null,
    withCount: boolean,
    viewer: { userId: string; admin: boolean; personalTypes: readonly string[] },
  ): Promise<{ rows: (ChangeRecord & { cursorValue: string })[]; total: number | null }> {
    const readable = [...viewer.personalTypes, 'Trashed'].map(
      (label) =>
        `EXISTS { MATCH (v:${label} {id: n.entityId}) WHERE v.createdBy = $viewerId OR v.shared = true }`,
    );
    const conditions =
      viewer.admin || viewer.personalTypes.length === 0
        ? []
        : [`NOT n.entityType IN $personalTypes OR ${readable.join(' OR ')}`];
    const page = await this.neo4j.readStatement((tx) =>
      findKeysetPage<Record<string, unknown>>(tx, {
        label: 'Change',
        order: {
          expression: 'n.at',
          cursorValue: 'toString(n.at)',
          after: 'datetime($afterSort)',
          direction: 'DESC',
        },
        start: 'MATCH (n:Change {entityId: $entityId})',
        conditions,
        lucene: null,
        params: { entityId, viewerId: viewer.userId, personalTypes: [...viewer.personalTypes] },
        after,
        limit,
        projection: 'n { .*, userName: COLLECT { MATCH (u:User {id: n.userId}) RETURN u.displayName }[0] }',
        withCount,
      }),
    );
    return {
      rows: page.rows.map(({ row, sortValue }) => ({ ...toChangeRecord(row), cursorValue: sortValue })),
      total: page.total,
    };
  }
}

function toChangeRecord(raw: Record<string, unknown>): ChangeRecord {
  return {
    ...(raw as unknown as ChangeRecord),
    userName: (raw.userName as string | null) ?? null,
    changes: JSON.parse((raw.changes as string) ?? '{}') as FieldChanges,
    related: raw.related ? (JSON.parse(raw.related as string) as ChangeInput['related']) : null,
  };
}

/** The fields whose values differ between `before` and `after`, for an update's history entry. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
