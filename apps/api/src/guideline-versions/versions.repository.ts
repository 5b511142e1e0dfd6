import { Injectable } from '@nestjs/common';
import { toBytes } from '../collab/bytes.js';
import type { DocumentSnapshot } from '../collab/snapshots/document-snapshot.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single, toPlain } from '../database/records.js';
import type { LatestVersion, VersionContent, VersionRecord } from './version.types.js';

/** The version bound to `v` as a map, with `extra` entries (fixed text of this file). */
const version = (extra = '') => `v { .guidelineId, .number, .title, .publishedBy, publishedAt: v.publishedAt,
  publishedByName: COLLECT { MATCH (u:User {id: v.publishedBy}) RETURN u.displayName }[0]${extra} }`;

/**
 * (:Guideline)-[:HAS_VERSION]->(:GuidelineVersion {guidelineId, number, publishedAt, publishedBy, title,
 * state, json, text}): the published versions, numbered 1, 2, … per guideline and never changed again.
 */
@Injectable()
export class VersionsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The number the next publication of the guideline gets. */
  async nextNumber(tx: Tx, guidelineId: string): Promise<number> {
    const result = await tx.run(
      `MATCH (g:Guideline {id: $guidelineId})
       OPTIONAL MATCH (g)-[:HAS_VERSION]->(v:GuidelineVersion)
       RETURN coalesce(max(v.number), 0) + 1 AS next`,
      { guidelineId },
    );
    return Number(toPlain(result.records[0]?.get('next') ?? 1));
  }

  /** Freezes the text as version `number`, with the guideline's title as it is now. */
  async create(
    tx: Tx,
    version: { guidelineId: string; number: number; userId: string; snapshot: DocumentSnapshot },
  ): Promise<void> {
    const { guidelineId, number, userId, snapshot } = version;
    await tx.run(
      `MATCH (g:Guideline {id: $guidelineId})
       CREATE (g)-[:HAS_VERSION]->(:GuidelineVersion {
         guidelineId: $guidelineId, number: toInteger($number), publishedAt: datetime(), publishedBy: $userId,
         title: g.title, state: $state, json: $json, text: $text
       })`,
      {
        guidelineId,
        number,
        userId,
        state: toBytes(snapshot.state),
        json: JSON.stringify(snapshot.json),
        text: snapshot.text,
      },
    );
  }

  /** Every version of each guideline, newest first. */
  async listFor(ids: readonly string[]): Promise<Map<string, VersionRecord[]>> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline) WHERE g.id IN $ids
       RETURN g.id AS id, COLLECT {
         MATCH (g)-[:HAS_VERSION]->(v:GuidelineVersion) WITH v ORDER BY v.number DESC RETURN ${version()}
       } AS versions`,
      { ids },
    );
    return new Map(
      result.records.map((r) => [String(r.get('id')), toPlain(r.get('versions')) as VersionRecord[]]),
    );
  }

  /**
   * The latest version of each guideline that has one, and whether its live text (as last compacted, a
   * few seconds behind the editors) differs from it.
   */
  async latestFor(ids: readonly string[]): Promise<Map<string, LatestVersion>> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline)-[:HAS_VERSION]->(v:GuidelineVersion) WHERE g.id IN $ids
       WITH g, v ORDER BY v.number DESC
       WITH g, collect(v)[0] AS v
       RETURN g.id AS id, ${version(", draftDiffers: coalesce(g.bodyText, '') <> v.text")} AS latest`,
      { ids },
    );
    return new Map(
      result.records.map((r) => [String(r.get('id')), toPlain(r.get('latest')) as LatestVersion]),
    );
  }

  /** One version with its text; null if unknown or the guideline is in the Papierkorb. */
  async find(guidelineId: string, number: number): Promise<VersionContent | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (:Guideline {id: $guidelineId})-[:HAS_VERSION]->(v:GuidelineVersion)
       WHERE v.number = toInteger($number)
       RETURN ${version(', .json, .text')} AS version`,
      { guidelineId, number },
    );
    return single<VersionContent>(result.records, 'version');
  }
}
