import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../../database/neo4j.service.js';
import { single } from '../../database/records.js';
import { findKeysetPage, type KeysetOrder } from '../../store/paging/keyset-page.repository.js';
import { toBytes } from '../bytes.js';
import type { DocumentSnapshot } from '../snapshots/document-snapshot.js';
import type { RevisionContent, RevisionRecord } from './revision.types.js';

const REVISION = `n { .id, .guidelineId, .name, .createdBy, at: n.at,
  authorNames: COLLECT { UNWIND n.authors AS author MATCH (u:User {id: author}) RETURN u.displayName AS name ORDER BY name },
  createdByName: COLLECT { MATCH (u:User {id: n.createdBy}) RETURN u.displayName }[0] }`;

const CONTENT = `n { .id, .guidelineId, .name, .createdBy, .json, .text, at: n.at,
  authorNames: COLLECT { UNWIND n.authors AS author MATCH (u:User {id: author}) RETURN u.displayName AS name ORDER BY name },
  createdByName: COLLECT { MATCH (u:User {id: n.createdBy}) RETURN u.displayName }[0],
  guidelineCreatedBy: g.createdBy }`;

/** Newest first; cursors keep the database's full time precision. */
const NEWEST_FIRST: KeysetOrder = {
  expression: 'n.at',
  cursorValue: 'toString(n.at)',
  after: 'datetime($afterSort)',
  direction: 'DESC',
};

export interface NewRevision {
  guidelineId: string;
  snapshot: DocumentSnapshot;
  /** A person's name for it; null for an automatic snapshot. */
  name: string | null;
  userId: string | null;
}

/**
 * (:Guideline)-[:HAS_REVISION]->(:GuidelineRevision {id, guidelineId, at, name, authors, state, json,
 * text, createdBy}): snapshots of a guideline's text, automatic or named.
 */
@Injectable()
export class RevisionsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * Stores a revision of a live guideline. An automatic one is left out when the text is the same as the
   * latest revision's (nothing to go back to); a named one is always kept. Its authors: whoever edited
   * since the revision before (the EDITED edges of compactions since, and the log not yet folded).
   * Null when the guideline is unknown, in the Papierkorb, or nothing changed.
   */
  async create(tx: Tx, revision: NewRevision): Promise<RevisionRecord | null> {
    const { guidelineId, snapshot, name, userId } = revision;
    const result = await tx.run(
      `MATCH (g:Guideline {id: $guidelineId})
       CALL (g) {
         OPTIONAL MATCH (g)-[:HAS_REVISION]->(r:GuidelineRevision)
         WITH r ORDER BY r.at DESC LIMIT 1
         RETURN r AS latest
       }
       WITH g, latest WHERE $name IS NOT NULL OR latest IS NULL OR latest.json <> $json
       WITH g, latest, COLLECT {
         MATCH (u:User)-[e:EDITED]->(g) WHERE latest IS NULL OR e.at > latest.at
         RETURN u.id AS userId
         UNION
         MATCH (x:GuidelineUpdate {guidelineId: $guidelineId})
         RETURN x.userId AS userId
       } AS authors
       CREATE (g)-[:HAS_REVISION]->(n:GuidelineRevision {
         id: randomUUID(), guidelineId: $guidelineId, at: datetime(), name: $name, authors: authors,
         state: $state, json: $json, text: $text, createdBy: $userId
       })
       RETURN ${REVISION} AS revision`,
      {
        guidelineId,
        name,
        userId,
        state: toBytes(snapshot.state),
        json: JSON.stringify(snapshot.json),
        text: snapshot.text,
      },
    );
    return single<RevisionRecord>(result.records, 'revision');
  }

  /** One automatic revision in its own transaction. */
  record(revision: NewRevision): Promise<RevisionRecord | null> {
    return this.neo4j.write((tx) => this.create(tx, revision));
  }

  page(guidelineId: string, after: KeysetCursor | null, limit: number, withCount: boolean) {
    return this.neo4j.readStatement((tx) =>
      findKeysetPage<RevisionRecord>(tx, {
        label: 'GuidelineRevision',
        order: NEWEST_FIRST,
        start: 'MATCH (:Guideline {id: $guidelineId})-[:HAS_REVISION]->(n)',
        conditions: [],
        lucene: null,
        params: { guidelineId },
        after,
        limit,
        projection: REVISION,
        withCount,
      }),
    );
  }

  /** Who created a live guideline (null for a seeded one); undefined if unknown or in the Papierkorb. */
  async creatorOf(tx: Tx, guidelineId: string): Promise<string | null | undefined> {
    const result = await tx.run('MATCH (g:Guideline {id: $guidelineId}) RETURN g.createdBy AS createdBy', {
      guidelineId,
    });
    return result.records.length
      ? ((result.records[0].get('createdBy') as string | null) ?? null)
      : undefined;
  }

  /** A revision of a live guideline with its text; null if unknown or its guideline is in the Papierkorb. */
  async content(id: string): Promise<RevisionContent | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline)-[:HAS_REVISION]->(n:GuidelineRevision {id: $id})
       RETURN ${CONTENT} AS revision`,
      { id },
    );
    return single<RevisionContent>(result.records, 'revision');
  }
}
