import { Logger } from '@nestjs/common';
import {
  EDITOR_SCHEMA_VERSION,
  MENTIONABLE_TYPES,
  jsonToText,
  mentionsIn,
  yDocToJSON,
} from '@netzwerkstatt/editor';
import type { MentionableType } from '@netzwerkstatt/editor';
import * as Y from 'yjs';
import type { CollabRepository } from '../collab.repository.js';
import { COLLAB_LIMITS } from '../limits.js';
import type { CollabDocument } from './collab-document.js';

let compactions: Promise<unknown> = Promise.resolve();

/**
 * Compactions of all documents run one at a time. Documents opened together reach their 10-second
 * deadline together; a hundred compactions at once held Neo4j for well over a second, and every
 * keystroke's log write waited behind them (BENCHMARKS.md, „Co-editing“). One after the other, the
 * log writes get their turn in between.
 */
export function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = compactions.then(work, work);
  compactions = result.catch(() => undefined);
  return result;
}

/**
 * When and how a document's log is folded into its stored state: about 2 s after the last update, at
 * least every 10 s while edits go on, at once when the document grows past its limit, and when the last
 * client leaves or the server stops. One compaction at a time; one that fails is tried again later.
 */
export class Compactor {
  private readonly logger = new Logger('Collab');
  private dirtySince: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly document: CollabDocument,
    private readonly repository: CollabRepository,
  ) {}

  /** Something was applied: schedule a compaction. */
  touched(): void {
    const now = Date.now();
    this.dirtySince ??= now;
    const due = Math.min(
      now + COLLAB_LIMITS.compactDebounceMs,
      this.dirtySince + COLLAB_LIMITS.compactMaxWaitMs,
    );
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.compactNow(), Math.max(0, due - now));
    this.timer.unref();
  }

  get dirty(): boolean {
    return this.dirtySince !== null;
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Compacts now if anything changed since the last one; waits for one already running first. */
  async compactNow(): Promise<void> {
    while (this.running) await this.running;
    if (!this.dirty) return;
    this.running = oneAtATime(() => this.run()).finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async run(): Promise<void> {
    this.cancel();
    this.dirtySince = null;
    const { document } = this;
    try {
      // Encoded synchronously, so exactly the updates up to appliedSeq are in it.
      const upToSeq = document.appliedSeq;
      const state = Y.encodeStateAsUpdate(document.doc);
      const pendingBytes = document.bytesSinceSnapshot;
      const json = yDocToJSON(document.doc);
      const mentions = Object.fromEntries(MENTIONABLE_TYPES.map((type) => [type, [] as string[]])) as Record<
        MentionableType,
        string[]
      >;
      for (const mention of mentionsIn(json)) mentions[mention.entityType].push(mention.id);
      await this.repository.compact({
        guidelineId: document.id,
        state,
        text: jsonToText(json),
        schemaVersion: EDITOR_SCHEMA_VERSION,
        upToSeq,
        mentions,
      });
      document.storedSize = state.byteLength;
      document.bytesSinceSnapshot -= pendingBytes;
      document.tooLarge = state.byteLength > COLLAB_LIMITS.maxDocumentBytes;
      document.onCompacted?.();
    } catch (error) {
      // The log still holds every update, so nothing is lost meanwhile; it only grows until this works.
      this.logger.error(
        `guideline ${document.id}: compaction failed, will retry: ${(error as Error).message}`,
      );
      if (!document.destroyed) this.touched();
    }
  }
}
