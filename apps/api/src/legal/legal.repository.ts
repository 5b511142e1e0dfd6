import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import type { LegalPageKey } from './models/legal-page-key.enum.js';

export interface StoredLegalPage {
  key: LegalPageKey;
  textDe: string;
  textEn: string;
  updatedAt: string;
  updatedBy: string;
}

/** (:LegalPage {key}) nodes; a page exists only once an admin saved its text. */
@Injectable()
export class LegalRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async find(key: LegalPageKey): Promise<StoredLegalPage | null> {
    const result = await this.neo4j.read((tx) =>
      tx.run(
        'MATCH (p:LegalPage {key: $key}) RETURN p { .key, .textDe, .textEn, .updatedAt, .updatedBy } AS page',
        { key },
      ),
    );
    return single<StoredLegalPage>(result.records, 'page');
  }

  /** Creates the page on its first save; the unique key makes two concurrent first saves one node. */
  async save(key: LegalPageKey, textDe: string, textEn: string, userId: string): Promise<StoredLegalPage> {
    const result = await this.neo4j.write((tx) =>
      tx.run(
        `MERGE (p:LegalPage {key: $key})
         ON CREATE SET p.id = randomUUID(), p.createdAt = datetime(), p.createdBy = $userId
         SET p.textDe = $textDe, p.textEn = $textEn, p.updatedAt = datetime(), p.updatedBy = $userId
         RETURN p { .key, .textDe, .textEn, .updatedAt, .updatedBy } AS page`,
        { key, textDe, textEn, userId },
      ),
    );
    const page = single<StoredLegalPage>(result.records, 'page');
    if (!page) throw new Error('the legal page written in this transaction was not returned');
    return page;
  }
}
