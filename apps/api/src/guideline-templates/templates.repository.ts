import { Injectable } from '@nestjs/common';
import type { KeysetCursor } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { single } from '../database/records.js';
import { findKeysetPage, keysetOrder } from '../store/paging/keyset-page.repository.js';
import type { TemplateRecord } from './template.types.js';

const TEMPLATE = `n { .id, .name, .description, .json, .createdBy, createdAt: n.createdAt,
  createdByName: COLLECT { MATCH (u:User {id: n.createdBy}) RETURN u.displayName }[0] }`;

export interface NewTemplate {
  id: string;
  name: string;
  sortKey: string;
  description: string | null;
  json: string;
  userId: string;
}

/**
 * (:GuidelineTemplate {id, name, sortKey, description, json, createdAt, createdBy, …}): the seeded
 * templates and those saved from a guideline. A new guideline copies a template's JSON into its
 * `templateJson`, from which the server seeds its document once.
 */
@Injectable()
export class TemplatesRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** By name, in German order. */
  page(after: KeysetCursor | null, limit: number, withCount: boolean) {
    return this.neo4j.readStatement((tx) =>
      findKeysetPage<TemplateRecord>(tx, {
        label: 'GuidelineTemplate',
        order: keysetOrder('SORT_KEY', 'ASC'),
        conditions: [],
        lucene: null,
        params: {},
        after,
        limit,
        projection: TEMPLATE,
        withCount,
      }),
    );
  }

  /** Who created the template with this id, if there is one (a create sent again finds its first result). */
  async holderOf(tx: Tx, id: string): Promise<{ createdBy: string | null } | null> {
    const result = await tx.run('MATCH (n:GuidelineTemplate {id: $id}) RETURN n.createdBy AS createdBy', {
      id,
    });
    return result.records[0] ? { createdBy: result.records[0].get('createdBy') as string | null } : null;
  }

  async create(tx: Tx, template: NewTemplate): Promise<TemplateRecord> {
    const result = await tx.run(
      `CREATE (n:GuidelineTemplate {
         id: $id, name: $name, sortKey: $sortKey, description: $description, json: $json,
         createdAt: datetime(), updatedAt: datetime(), createdBy: $userId, updatedBy: $userId
       })
       RETURN ${TEMPLATE} AS template`,
      { ...template },
    );
    const created = single<TemplateRecord>(result.records, 'template');
    if (!created) throw new Error(`template ${template.id} written in this transaction was not returned`);
    return created;
  }

  async find(tx: Tx, id: string): Promise<TemplateRecord | null> {
    const result = await tx.run(`MATCH (n:GuidelineTemplate {id: $id}) RETURN ${TEMPLATE} AS template`, {
      id,
    });
    return single<TemplateRecord>(result.records, 'template');
  }

  /**
   * A new guideline starts from the template: its JSON becomes the guideline's `templateJson`, which the
   * server seeds the document from when it is first opened. False if there is no such template.
   */
  async applyTo(tx: Tx, guidelineId: string, templateId: string): Promise<boolean> {
    const result = await tx.run(
      `MATCH (t:GuidelineTemplate {id: $templateId})
       MATCH (g:Guideline {id: $guidelineId})
       SET g.templateJson = t.json, g.templateId = t.id
       RETURN count(*) AS applied`,
      { guidelineId, templateId },
    );
    return Number(result.records[0]?.get('applied') ?? 0) > 0;
  }
}
