import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  GUIDELINE_REFUSALS,
  InputCheck,
  RECORD_LABELS,
  checkId,
  checkName,
  conflict,
  notFound,
} from '@netzwerkstatt/domain';
import { type JSONContent, jsonToHtml } from '@netzwerkstatt/editor';
import type { RequestUser } from '../../auth/request-user.js';
import { pageSize } from '../../common/pagination/cursor.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { cursorFor, toPage } from '../../store/paging/page.js';
import { WritePath } from '../../store/write/write-path.js';
import { DocumentRegistry } from '../document/document-registry.js';
import { ServerPeer } from '../document/server-peer.js';
import { DocumentSnapshots } from '../snapshots/document-snapshots.js';
import { forwardChangeTo } from './forward-change.js';
import { RevisionRecorder } from './revision-recorder.js';
import type { RevisionContent, RevisionRecord } from './revision.types.js';
import { RevisionsRepository } from './revisions.repository.js';

const NEWEST_FIRST = { field: 'CREATED_AT', direction: 'DESC' } as const;

/**
 * A guideline's revisions: list, view, name the current state, restore. A restore is a change of the
 * live text like a person's edit — the write policy's `update` — made by the server on the live
 * document, so everyone present sees it at once and it is stored like every other update.
 */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly repository: RevisionsRepository,
    private readonly documents: DocumentRegistry,
    private readonly recorder: RevisionRecorder,
    private readonly snapshots: DocumentSnapshots,
    private readonly writes: WritePath,
    private readonly neo4j: Neo4jService,
  ) {}

  async list(
    query: { guidelineId: string; first?: number | null; after?: string | null },
    withCount: boolean,
  ) {
    checkId(new InputCheck(), 'guidelineId', query.guidelineId).done();
    const limit = pageSize(query.first);
    const page = await this.repository.page(
      query.guidelineId,
      cursorFor(query.after, NEWEST_FIRST),
      limit,
      withCount,
    );
    return toPage(page, limit);
  }

  async revision(id: string): Promise<RevisionContent & { html: string }> {
    const revision = await this.found(id);
    return { ...revision, html: jsonToHtml(JSON.parse(revision.json) as JSONContent) };
  }

  /** Names the current state (as stored: what everyone present has seen). */
  async name(guidelineId: string, name: string, user: RequestUser): Promise<RevisionRecord> {
    const check = new InputCheck();
    checkId(check, 'guidelineId', guidelineId);
    checkName(check, 'name', name);
    check.done();
    return this.neo4j.write(async (tx) => {
      const creator = await this.repository.creatorOf(tx, guidelineId);
      if (creator === undefined) throw notFound(ENTITY_LABELS.Guideline.singular, guidelineId);
      this.writes.authorize('update', user, creator === user.id ? 'own' : 'foreign');
      const snapshot = await this.snapshots.current(tx, guidelineId);
      if (!snapshot) throw notFound(ENTITY_LABELS.Guideline.singular, guidelineId);
      const revision = await this.repository.create(tx, {
        guidelineId,
        snapshot,
        name: name.trim(),
        userId: user.id,
      });
      if (!revision) throw new Error(`guideline ${guidelineId}: named revision not created`);
      return revision;
    });
  }

  /**
   * Brings the text back to the revision's: the current state is kept as a revision first, then the
   * difference is applied to the live document as one update of this person's.
   */
  async restore(id: string, user: RequestUser): Promise<RevisionRecord> {
    const revision = await this.found(id);
    this.writes.authorize('update', user, revision.guidelineCreatedBy === user.id ? 'own' : 'foreign');
    const json = JSON.parse(revision.json) as JSONContent;
    const outcome = await this.documents.withDocument(revision.guidelineId, async (document) => {
      await this.recorder.beforeRestore(document);
      const peer = new ServerPeer(user.id);
      await document.receive(peer, forwardChangeTo(document.doc, json));
      return { refused: peer.refusedWith };
    });
    if (!outcome) throw notFound(ENTITY_LABELS.Guideline.singular, revision.guidelineId);
    if (outcome.refused === 'TOO_LARGE') throw conflict(GUIDELINE_REFUSALS.textTooLarge());
    if (outcome.refused) throw new Error(`revision ${id} not applied: ${outcome.refused}`);
    const { json: _json, text: _text, guidelineCreatedBy: _creator, ...record } = revision;
    return record;
  }

  private async found(id: string): Promise<RevisionContent> {
    checkId(new InputCheck(), 'id', id).done();
    const revision = await this.repository.content(id);
    if (!revision) throw notFound(RECORD_LABELS.guidelineRevision, id);
    return revision;
  }
}
