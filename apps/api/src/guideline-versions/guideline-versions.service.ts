import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, InputCheck, RECORD_LABELS, checkId, notFound } from '@netzwerkstatt/domain';
import { type JSONContent, jsonToHtml } from '@netzwerkstatt/editor';
import { DocumentSnapshots } from '../collab/snapshots/document-snapshots.js';
import type { Tx } from '../database/neo4j.service.js';
import type { VersionContent } from './version.types.js';
import { VersionsRepository } from './versions.repository.js';

/**
 * Published versions (Fassungen). Publishing is the guideline workflow's step to `published`, taken on
 * the write path by the steering group; inside that transaction this freezes the text as it is stored
 * then (everything any client has seen) under the next number. The live text stays open for writing:
 * what is written after it is the draft of the next version.
 */
@Injectable()
export class GuidelineVersionsService {
  constructor(
    private readonly repository: VersionsRepository,
    private readonly snapshots: DocumentSnapshots,
  ) {}

  /** The number the next publication gets (read in the publishing transaction). */
  nextNumber(tx: Tx, guidelineId: string): Promise<number> {
    return this.repository.nextNumber(tx, guidelineId);
  }

  /** Freezes the guideline's current text as version `number`, in the publishing transaction. */
  async freeze(tx: Tx, guidelineId: string, number: number, userId: string): Promise<void> {
    const snapshot = await this.snapshots.current(tx, guidelineId);
    if (!snapshot) throw notFound(ENTITY_LABELS.Guideline.singular, guidelineId);
    await this.repository.create(tx, { guidelineId, number, userId, snapshot });
  }

  async version(guidelineId: string, number: number): Promise<VersionContent & { html: string }> {
    checkId(new InputCheck(), 'guidelineId', guidelineId).done();
    const found = await this.repository.find(guidelineId, number);
    if (!found) throw notFound(RECORD_LABELS.guidelineVersion, String(number));
    return { ...found, html: jsonToHtml(JSON.parse(found.json) as JSONContent) };
  }
}
