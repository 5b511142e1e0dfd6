import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  InputCheck,
  RECORD_LABELS,
  blankAsNull,
  checkDescription,
  checkId,
  checkName,
  germanSortKey,
  notFound,
} from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import type { RequestUser } from '../auth/request-user.js';
import { DocumentSnapshots } from '../collab/snapshots/document-snapshots.js';
import { pageSize } from '../common/pagination/cursor.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { cursorFor, toPage } from '../store/paging/page.js';
import { badClientId, idTaken } from '../store/write/write-errors.js';
import { WritePath } from '../store/write/write-path.js';
import type { TemplateRecord } from './template.types.js';
import { TemplatesRepository } from './templates.repository.js';

const BY_NAME = { field: 'TITLE', direction: 'ASC' } as const;
const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export interface SaveAsTemplate {
  id?: string | null;
  guidelineId: string;
  name: string;
  description?: string | null;
}

/**
 * Templates (Vorlagen): the seeded ones and any guideline's text saved as one. Saving is a create of
 * the write policy (every member may); a create sent again with its client id returns the first result.
 */
@Injectable()
export class GuidelineTemplatesService {
  constructor(
    private readonly repository: TemplatesRepository,
    private readonly snapshots: DocumentSnapshots,
    private readonly writes: WritePath,
    private readonly neo4j: Neo4jService,
  ) {}

  async list(query: { first?: number | null; after?: string | null }, withCount: boolean) {
    const limit = pageSize(query.first);
    const page = await this.repository.page(cursorFor(query.after, BY_NAME), limit, withCount);
    return toPage(page, limit);
  }

  async saveAsTemplate(input: SaveAsTemplate, user: RequestUser): Promise<TemplateRecord> {
    const check = new InputCheck();
    checkId(check, 'guidelineId', input.guidelineId);
    checkName(check, 'name', input.name);
    checkDescription(check, input.description);
    check.done();
    const clientId = input.id ?? null;
    if (clientId !== null && !CLIENT_ID.test(clientId)) throw badClientId();
    this.writes.authorize('create', user, 'own');
    return this.neo4j.write(async (tx) => {
      if (clientId !== null) {
        const holder = await this.repository.holderOf(tx, clientId);
        const first = holder?.createdBy === user.id ? await this.repository.find(tx, clientId) : null;
        if (first) return first;
        if (holder) throw idTaken(clientId);
      }
      const snapshot = await this.snapshots.current(tx, input.guidelineId);
      if (!snapshot) throw notFound(ENTITY_LABELS.Guideline.singular, input.guidelineId);
      const name = input.name.trim();
      return this.repository.create(tx, {
        id: clientId ?? randomUUID(),
        name,
        sortKey: germanSortKey(name),
        description: blankAsNull(input.description),
        json: JSON.stringify(snapshot.json),
        userId: user.id,
      });
    });
  }

  /** In a new guideline's create transaction: it starts from the template (NOT_FOUND if there is none). */
  async applyTo(tx: Tx, guidelineId: string, templateId: string): Promise<void> {
    if (!(await this.repository.applyTo(tx, guidelineId, templateId)))
      throw notFound(RECORD_LABELS.guidelineTemplate, templateId);
  }
}
