import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { toPlain } from '../database/records.js';
import { TRASH_DAYS } from '../store/write/write-path.js';

export interface TrashRow {
  id: string;
  entityType: string;
  title: string;
  deletedAt: string;
  deletedBy: string | null;
  deletedByName: string | null;
  purgeAfter: string;
  /** The keyset value: the database's full-precision time of the delete. */
  sort: string;
}

/** Reads the Papierkorb, newest deletion first; writes go through the write path. */
@Injectable()
export class TrashRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async page(limit: number, after: KeysetCursor | null, withCount: boolean) {
    const result = await this.neo4j.readQuery(
      `${withCount ? 'MATCH (c:Trashed) WITH count(c) AS total' : 'WITH null AS total'}
       OPTIONAL MATCH (n:Trashed)
       WHERE $afterAt IS NULL OR n.trashedAt < datetime($afterAt)
         OR (n.trashedAt = datetime($afterAt) AND n.id < $afterId)
       WITH total, n ORDER BY n.trashedAt DESC, n.id DESC LIMIT toInteger($limit)
       OPTIONAL MATCH (u:User {id: n.trashedBy})
       RETURN total, collect(CASE WHEN n IS NULL THEN NULL ELSE {
         id: n.id, entityType: n.trashedType, title: coalesce(n.title, n.name, left(n.body, 80), ''), deletedAt: n.trashedAt,
         deletedBy: n.trashedBy, deletedByName: u.displayName,
         purgeAfter: n.trashedAt + duration({days: $days}), sort: toString(n.trashedAt) } END) AS rows`,
      { limit: limit + 1, afterAt: after?.sort ?? null, afterId: after?.id ?? '', days: TRASH_DAYS },
    );
    const record = result.records[0];
    const total = record.get('total') as number | null;
    return { rows: toPlain(record.get('rows')) as TrashRow[], total: total === null ? null : Number(total) };
  }
}
