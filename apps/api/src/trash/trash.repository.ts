import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { findKeysetPage } from '../store/paging/keyset-page.repository.js';
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

  /**
   * `viewer`: a personal record (a saved graph view, by `personalTypes`) is listed to its owner and to
   * admins only, so nobody reads the name of someone else's private view here.
   */
  async page(
    limit: number,
    after: KeysetCursor | null,
    withCount: boolean,
    viewer: { userId: string; admin: boolean; personalTypes: readonly string[] },
  ) {
    const page = await this.neo4j.readStatement((tx) =>
      findKeysetPage<TrashRow>(tx, {
        label: 'Trashed',
        order: {
          expression: 'n.trashedAt',
          cursorValue: 'toString(n.trashedAt)',
          after: 'datetime($afterSort)',
          direction: 'DESC',
        },
        conditions: viewer.admin ? [] : ['NOT n.trashedType IN $personalTypes OR n.createdBy = $viewerId'],
        lucene: null,
        params: { days: TRASH_DAYS, personalTypes: [...viewer.personalTypes], viewerId: viewer.userId },
        after,
        limit,
        projection: `n { .id, entityType: n.trashedType, title: coalesce(n.title, n.name, left(n.body, 80), ''),
          deletedAt: n.trashedAt, deletedBy: n.trashedBy,
          deletedByName: COLLECT { MATCH (u:User {id: n.trashedBy}) RETURN u.displayName }[0],
          purgeAfter: n.trashedAt + duration({days: $days}) }`,
        withCount,
      }),
    );
    return { rows: page.rows.map(({ row, sortValue }) => ({ ...row, sort: sortValue })), total: page.total };
  }
}
