import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { WritePath } from '../store/write/write-path.js';

const EVERY_SIX_HOURS = 6 * 3_600_000;

/** Purges what has been in the Papierkorb for 30 days: at start and every six hours. */
@Injectable()
export class TrashSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TrashSweeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly writes: WritePath) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), EVERY_SIX_HOURS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const purged = await this.writes.purgeExpired();
      if (purged > 0) this.logger.log(`purged ${purged} records older than 30 days from the Papierkorb`);
    } catch (error) {
      this.logger.warn(`Papierkorb sweep failed: ${(error as Error).message}`);
    }
  }
}
