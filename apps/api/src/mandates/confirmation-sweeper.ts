import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { MandatesService } from './mandates.service.js';

const EVERY_HOUR = 3_600_000;

/**
 * A confirmation falls due as days pass, not only when someone writes a mandate: at start and every
 * hour the steering group is notified of each mandate that has come within 90 days of its end (once).
 */
@Injectable()
export class ConfirmationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ConfirmationSweeper.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly neo4j: Neo4jService,
    private readonly mandates: MandatesService,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), EVERY_HOUR);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async sweep(): Promise<void> {
    try {
      const written = await this.neo4j.write((tx) => this.mandates.notifyDueConfirmations(tx));
      if (written > 0) this.logger.log(`${written} notifications of mandate confirmations falling due`);
    } catch (error) {
      this.logger.warn(`mandate confirmation sweep failed: ${(error as Error).message}`);
    }
  }
}
