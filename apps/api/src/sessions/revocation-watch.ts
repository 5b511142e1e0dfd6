import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { RevocationsRepository } from './revocations.repository.js';
import { SessionCache } from './session-cache.js';

/**
 * Closes the session cache's window for changes made by another process (the CLI, a second server):
 * reads the revocation counter every REVOCATION_POLL_MS and, when it has moved, forgets every cached
 * session, so the next request of each reads its session from the database again. One tiny indexed read
 * per interval per server, whatever the traffic. The cache trusts an entry only while the last look
 * that found no change started less than two intervals (+100 ms) ago, so a slow database or a starved
 * timer makes requests read their session afresh instead of stretching the bound; while the database
 * cannot be read, nothing cached is trusted either.
 */
@Injectable()
export class RevocationWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Netzwerkstatt');
  private timer: NodeJS.Timeout | null = null;
  private last: number | null = null;
  private running = false;
  private failing = false;

  constructor(
    private readonly revocations: RevocationsRepository,
    private readonly cache: SessionCache,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // Two intervals and a bit: one slow look does not turn the cache off, a stalled watch does.
    this.cache.requireConfirmation(this.config.REVOCATION_POLL_MS * 2 + 100);
    this.timer = setInterval(() => void this.poll(), this.config.REVOCATION_POLL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One look at the counter; skipped while the previous one is still running. */
  async poll(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const startedAt = Date.now();
    try {
      const current = await this.revocations.current();
      if (this.failing) this.logger.log('Sperrzähler wieder lesbar / revocation counter readable again');
      this.failing = false;
      // The first look (and the first after a failure) forgets too: what was cached before it is unchecked.
      if (current !== this.last) this.cache.forgetAll();
      this.last = current;
      this.cache.confirm(startedAt);
    } catch (error) {
      if (!this.failing) {
        this.logger.warn(
          `Sperrzähler nicht lesbar, Sitzungen werden neu geprüft / revocation counter unreadable, sessions are checked afresh: ${(error as Error).message}`,
        );
      }
      this.failing = true;
      this.last = null;
      this.cache.forgetAll();
    } finally {
      this.running = false;
    }
  }
}
