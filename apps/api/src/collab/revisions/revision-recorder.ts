import { Injectable, Logger } from '@nestjs/common';
import type { CollabDocument } from '../document/collab-document.js';
import { COLLAB_LIMITS } from '../limits.js';
import { snapshotOf } from '../snapshots/document-snapshot.js';
import { RevisionsRepository } from './revisions.repository.js';

/**
 * Automatic revisions of a live document, taken from the state the server holds (everything in it is
 * stored): after ten minutes of editing since the last revision (checked after each compaction), when
 * the last person leaves (after the last compaction), and before a restore replaces the text. A
 * snapshot equal to the latest revision is not stored again.
 */
@Injectable()
export class RevisionRecorder {
  private readonly logger = new Logger('Collab');

  constructor(private readonly repository: RevisionsRepository) {}

  /** After a compaction: a revision once people have been editing for a while since the last one. */
  compacted(document: CollabDocument): void {
    const since = document.editingSince;
    if (since === null || Date.now() - since < COLLAB_LIMITS.revisionAfterEditingMs) return;
    void this.take(document);
  }

  /** The last person left and the log is folded: a revision if anything changed since the last one. */
  async left(document: CollabDocument): Promise<void> {
    if (document.editingSince !== null) await this.take(document);
  }

  /** Before a restore: what is there now stays reachable, so a restore can itself be undone. */
  async beforeRestore(document: CollabDocument): Promise<void> {
    await this.take(document);
  }

  private async take(document: CollabDocument): Promise<void> {
    if (document.destroyed) return;
    const since = document.editingSince;
    // Edits from now on count towards the next revision.
    document.editingSince = null;
    try {
      await this.repository.record({
        guidelineId: document.id,
        snapshot: snapshotOf(document.doc),
        name: null,
        userId: null,
      });
    } catch (error) {
      this.logger.error(`guideline ${document.id}: revision not stored: ${(error as Error).message}`);
      document.editingSince ??= since;
    }
  }
}
