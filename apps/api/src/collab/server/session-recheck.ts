import { Logger } from '@nestjs/common';
import type { SessionCache } from '../../sessions/session-cache.js';
import type { SessionsService } from '../../sessions/sessions.service.js';
import type { CollabRepository } from '../collab.repository.js';
import type { DocumentRegistry } from '../document/document-registry.js';
import { COLLAB_LIMITS } from '../limits.js';
import { textEditable } from '../rights.js';
import type { SocketPeer } from './socket-peer.js';

/**
 * Every second, and at once when this process ends a session or changes an account: each open
 * socket's session again (one lookup per token, through the session cache, so a change made by another
 * process — the CLI, a second server — shows only when the cached entry runs out, after ≤ 10 s), and
 * each open guideline's status (one query for all). An ended session closes its sockets with 4401, a
 * guideline gone to the Papierkorb closes its sockets with 4404; the write right follows `textEditable`.
 */
export class SessionRecheck {
  private readonly logger = new Logger('Collab');
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private again = false;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly sessions: SessionsService,
    private readonly repository: CollabRepository,
    private readonly documents: DocumentRegistry,
    private readonly peers: () => Iterable<SocketPeer>,
    private readonly cache: SessionCache,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), COLLAB_LIMITS.recheckIntervalMs);
    this.timer.unref();
    // A sign-out, revocation or account change in this process: check at once, not at the next tick.
    this.stopListening = this.cache.onForget(() => void this.tick());
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopListening?.();
  }

  async tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        await Promise.all([this.recheckSessions(), this.recheckGuidelines()]);
      } while (this.again);
    } catch (error) {
      this.logger.warn(`collab recheck failed: ${(error as Error).message}`);
    } finally {
      this.running = false;
    }
  }

  private async recheckSessions(): Promise<void> {
    const byToken = new Map<string, SocketPeer[]>();
    for (const peer of this.peers()) {
      if (peer.isClosed) continue;
      const list = byToken.get(peer.token) ?? [];
      list.push(peer);
      byToken.set(peer.token, list);
    }
    await Promise.all(
      [...byToken].map(async ([token, peers]) => {
        const user = await this.sessions.authenticate(token);
        for (const peer of peers) {
          if (!user) peer.close('UNAUTHENTICATED');
          else peer.user = user;
        }
      }),
    );
  }

  private async recheckGuidelines(): Promise<void> {
    const documents = this.documents.openDocuments();
    if (documents.length === 0) return;
    const statuses = await this.repository.statuses(documents.map((document) => document.id));
    for (const document of documents) {
      const status = statuses.get(document.id);
      if (status === undefined) {
        for (const peer of [...document.peers]) peer.close('NOT_FOUND');
        continue;
      }
      document.status = status;
      for (const peer of document.peers) peer.writable = textEditable(status);
    }
  }
}
