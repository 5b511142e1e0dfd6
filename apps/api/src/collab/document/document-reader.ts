import { Injectable, Logger } from '@nestjs/common';
import { type JSONContent, seedFromJSON, yDocToJSON } from '@netzwerkstatt/editor';
import * as Y from 'yjs';
import { CollabRepository } from '../collab.repository.js';
import { DocumentRegistry } from './document-registry.js';

/**
 * Reads a guideline's text as it is now, for whoever needs it outside the editor (exports): the live
 * document when it is open in this process — everything stored and applied, what every client has
 * seen — otherwise the stored state plus the update log in seq order, read in one statement, exactly
 * as a load would build it. Reading never opens, seeds or keeps a document.
 */
@Injectable()
export class DocumentReader {
  private readonly logger = new Logger('Collab');

  constructor(
    private readonly registry: DocumentRegistry,
    private readonly repository: CollabRepository,
  ) {}

  /** The body as ProseMirror JSON; null for an unknown id or a guideline in the Papierkorb. */
  async currentJSON(id: string): Promise<JSONContent | null> {
    const live = this.liveJSON(id);
    if (live) return live;
    const stored = await this.repository.load(id);
    if (!stored) return null;
    // Opened meanwhile: the live document has at least what was just read.
    const opened = this.liveJSON(id);
    if (opened) return opened;
    const doc = new Y.Doc({ gc: true });
    try {
      if (stored.state) {
        Y.applyUpdate(doc, stored.state);
        for (const update of stored.updates) this.apply(id, doc, update);
      } else if (stored.templateJson) {
        this.seedTemplate(id, doc, stored.templateJson);
      }
      return yDocToJSON(doc);
    } finally {
      doc.destroy();
    }
  }

  private liveJSON(id: string): JSONContent | null {
    const document = this.registry.openDocuments().find((each) => each.id === id && !each.destroyed);
    return document ? yDocToJSON(document.doc) : null;
  }

  private apply(id: string, doc: Y.Doc, update: Uint8Array): void {
    try {
      Y.applyUpdate(doc, update);
    } catch (error) {
      // A load skips a damaged entry the same way, keeping the rest of the text.
      this.logger.error(`guideline ${id}: a logged update could not be applied: ${(error as Error).message}`);
    }
  }

  /** Never opened yet: its first state will be the template, so that is its text now. */
  private seedTemplate(id: string, doc: Y.Doc, templateJson: string): void {
    try {
      seedFromJSON(doc, JSON.parse(templateJson));
    } catch (error) {
      this.logger.warn(
        `guideline ${id}: template not usable, reading it as empty: ${(error as Error).message}`,
      );
    }
  }
}
