import { Injectable } from '@nestjs/common';
import type { Tx } from '../../database/neo4j.service.js';
import { CollabRepository } from '../collab.repository.js';
import { type DocumentSnapshot, snapshotFromStored } from './document-snapshot.js';

/**
 * A guideline's text as stored durably right now (the state every client has seen: nothing is relayed
 * before it is stored), for what freezes or copies it: publishing a version, naming a revision, saving
 * a template. Read inside the caller's transaction, so it belongs to the same moment as its write.
 */
@Injectable()
export class DocumentSnapshots {
  constructor(private readonly repository: CollabRepository) {}

  /** Null for an unknown id or a guideline in the Papierkorb. */
  async current(tx: Tx, guidelineId: string): Promise<DocumentSnapshot | null> {
    const stored = await this.repository.storedIn(tx, guidelineId);
    return stored ? snapshotFromStored(stored) : null;
  }
}
