import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { findKeysetPage, keysetOrder } from '../store/paging/keyset-page.repository.js';
import { savedViewProjection, savedViewSummaryProjection } from './saved-view.concept.js';
import type { SavedViewRecord, Viewer } from './saved-view.types.js';

/** The views a viewer may read: their own, the shared ones, every one for an admin. */
const VISIBLE = 'n.createdBy = $viewerId OR n.shared = true OR $admin';

/** Reads only; every change goes through the write path. */
@Injectable()
export class SavedViewsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** A view the viewer may read, or null (someone else's private view is not told apart from none). */
  findVisible(id: string, viewer: Viewer): Promise<SavedViewRecord | null> {
    return this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `MATCH (n:SavedGraphView {id: $id}) WHERE ${VISIBLE} RETURN ${savedViewProjection('n')} AS view`,
        { id, viewerId: viewer.userId, admin: viewer.admin },
      );
      return single<SavedViewRecord>(result.records, 'view');
    });
  }

  /** Most recently changed first; `mine`: only the viewer's own. */
  page(viewer: Viewer, mine: boolean, after: KeysetCursor | null, limit: number, withCount: boolean) {
    return this.neo4j.readStatement((tx) =>
      findKeysetPage<SavedViewRecord>(tx, {
        label: 'SavedGraphView',
        order: keysetOrder('UPDATED_AT', 'DESC'),
        conditions: [mine ? 'n.createdBy = $viewerId' : VISIBLE],
        lucene: null,
        params: { viewerId: viewer.userId, admin: viewer.admin },
        after,
        limit,
        projection: savedViewSummaryProjection('n'),
        withCount,
      }),
    );
  }
}
