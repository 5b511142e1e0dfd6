import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { single } from '../database/records.js';

/** A guideline's metadata as an export heads it, read in one statement. */
export interface StoredExportMeta {
  id: string;
  title: string;
  status: string;
  version: string | null;
  /** Set when the guideline names its own licence; CC BY 4.0 otherwise. */
  licence: string | null;
  /** When the newest published version was frozen, if any. */
  publishedAt: string | null;
  /** The latest of the metadata's change, the stored text and the newest logged update. */
  changedAt: string[];
}

/** Reads for exports; the text itself comes from the collab module's DocumentReader. */
@Injectable()
export class GuidelineExportRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Null for an unknown id or a guideline in the Papierkorb. */
  async meta(id: string): Promise<StoredExportMeta | null> {
    const result = await this.neo4j.readQuery(
      `MATCH (g:Guideline {id: $id})
       OPTIONAL MATCH (g)-[:HAS_CONTENT]->(c:GuidelineContent)
       RETURN {
         id: g.id, title: g.title, status: g.status, version: g.version,
         licence: g.licence,
         publishedAt: COLLECT {
           MATCH (g)-[:HAS_VERSION]->(v:GuidelineVersion) RETURN v.publishedAt ORDER BY v.number DESC LIMIT 1
         }[0],
         changedAt: [at IN [g.updatedAt, c.updatedAt, COLLECT {
           MATCH (u:GuidelineUpdate {guidelineId: $id}) RETURN u.at ORDER BY u.at DESC LIMIT 1
         }[0]] WHERE at IS NOT NULL]
       } AS meta`,
      { id },
    );
    return single<StoredExportMeta>(result.records, 'meta');
  }
}
