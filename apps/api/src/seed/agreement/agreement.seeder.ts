import { Injectable, Logger } from '@nestjs/common';
import { agreementSeedData } from './agreement-seed.data.js';
import { AgreementSeedRepository, SeedCounts } from './agreement-seed.repository.js';

/**
 * Puts the agreement's vocabulary into the graph: 9 action fields chained along the process chain,
 * 19 actor categories with their 48 placements, 6 action goals, 14 regions and the agreement's rules.
 * Runs on every start; merging by natural key makes it a no-op once everything is there.
 */
@Injectable()
export class AgreementSeeder {
  private readonly logger = new Logger(AgreementSeeder.name);

  constructor(private readonly repository: AgreementSeedRepository) {}

  async seed(): Promise<SeedCounts> {
    const counts = await this.repository.merge(agreementSeedData());
    if (counts.nodesCreated > 0 || counts.relationshipsCreated > 0) {
      this.logger.log(
        `Agreement seed: ${counts.nodesCreated} nodes, ${counts.relationshipsCreated} relationships created`,
      );
    }
    return counts;
  }
}
