import { Injectable, Logger } from '@nestjs/common';
import { EDITOR_SCHEMA_VERSION, jsonToText, seedFromJSON, yDocToJSON } from '@netzwerkstatt/editor';
import * as Y from 'yjs';
import { CollabRepository } from '../collab.repository.js';
import { RevisionRecorder } from '../revisions/revision-recorder.js';
import { CollabDocument } from './collab-document.js';

/**
 * The documents open in this process, one per guideline: loaded on the first join (every joiner of a
 * loading document waits for the same load), unloaded after the last one leaves and its log is folded.
 * A document stays in the map until it is destroyed, so a reconnect during that store joins the live
 * document instead of loading a state that is about to change.
 */
@Injectable()
export class DocumentRegistry {
  private readonly logger = new Logger('Collab');
  private readonly documents = new Map<string, Promise<CollabDocument | null>>();
  private readonly loaded = new Map<string, CollabDocument>();
  private readonly releasing = new Map<CollabDocument, Promise<void>>();
  private shuttingDown = false;

  constructor(
    private readonly repository: CollabRepository,
    private readonly revisions: RevisionRecorder,
  ) {}

  /** The live document of a guideline; null for an unknown id or a guideline in the Papierkorb. */
  open(id: string): Promise<CollabDocument | null> {
    // A document opened after closeAll would be neither closed nor stored by it, and would write the log
    // beside the next server's copy.
    if (this.shuttingDown) return Promise.reject(new Error('the collab server is stopping'));
    let loading = this.documents.get(id);
    if (!loading) {
      loading = this.load(id);
      this.documents.set(id, loading);
      const forget = () => {
        if (this.documents.get(id) === loading) this.documents.delete(id);
      };
      loading.then((document) => (document ? this.loaded.set(id, document) : forget()), forget);
    }
    return loading;
  }

  /**
   * Runs the server's own work on a guideline's live document (loading it if nobody has it open): the
   * document stays loaded meanwhile, and is unloaded afterwards if nobody joined. Null for an unknown id
   * or a guideline in the Papierkorb.
   */
  async withDocument<T>(id: string, work: (document: CollabDocument) => Promise<T>): Promise<T | null> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const document = await this.open(id);
      if (!document) return null;
      // Unloaded between the load and now: load it again.
      if (document.destroyed) continue;
      document.holds += 1;
      try {
        return await work(document);
      } finally {
        document.holds -= 1;
        void this.release(document);
      }
    }
    throw new Error(`guideline ${id}: the document was unloaded three times while opening it`);
  }

  /** The documents loaded now. */
  openDocuments(): CollabDocument[] {
    return [...this.loaded.values()];
  }

  /** Called when a socket left (or never joined): unloads the document once nobody is in it. */
  release(document: CollabDocument): Promise<void> {
    if (!document.idle || this.shuttingDown) return Promise.resolve();
    let releasing = this.releasing.get(document);
    if (!releasing) {
      releasing = this.unload(document).finally(() => this.releasing.delete(document));
      this.releasing.set(document, releasing);
    }
    return releasing;
  }

  /** On shutdown: every socket closed, every log stored and folded. */
  async closeAll(): Promise<void> {
    this.shuttingDown = true;
    await Promise.allSettled(this.documents.values());
    const documents = this.openDocuments();
    await Promise.all(
      documents.map(async (document) => {
        for (const peer of [...document.peers]) peer.close('GOING_AWAY');
        await this.store(document);
        document.destroy();
      }),
    );
    this.documents.clear();
    this.loaded.clear();
  }

  private async unload(document: CollabDocument): Promise<void> {
    await this.store(document);
    // Someone joined while it was stored: it stays.
    if (!document.idle || this.shuttingDown) return;
    // The last person left: a revision of what they wrote, if anything changed since the last one.
    await this.revisions.left(document);
    if (!document.idle || this.shuttingDown) return;
    if (this.loaded.get(document.id) === document) {
      this.loaded.delete(document.id);
      this.documents.delete(document.id);
    }
    document.destroy();
  }

  private async store(document: CollabDocument): Promise<void> {
    try {
      await document.flushed();
    } catch {
      // A failed batch closed its sockets; what was stored before it is in the log.
    }
    await document.compactor.compactNow();
  }

  private async load(id: string): Promise<CollabDocument | null> {
    const stored = await this.repository.load(id);
    if (!stored) return null;
    const state = stored.state ?? (await this.seed(id, stored.templateJson));
    if (!state) return null;
    const { updates, lastSeq, status } = stored;
    const document = new CollabDocument(id, this.repository, { state, updates, lastSeq }, status);
    document.onCompacted = () => this.revisions.compacted(document);
    return document;
  }

  /** A guideline's first state, made here once: empty, or from its template. Never by a client. */
  private async seed(id: string, templateJson: string | null): Promise<Uint8Array | null> {
    const doc = new Y.Doc();
    if (templateJson) {
      try {
        seedFromJSON(doc, JSON.parse(templateJson));
      } catch (error) {
        this.logger.warn(`guideline ${id}: template not usable, starting empty: ${(error as Error).message}`);
      }
    }
    const state = Y.encodeStateAsUpdate(doc);
    const text = jsonToText(yDocToJSON(doc));
    doc.destroy();
    return this.repository.seed(id, state, text, EDITOR_SCHEMA_VERSION);
  }
}
