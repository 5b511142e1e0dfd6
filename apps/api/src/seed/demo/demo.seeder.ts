import { Injectable } from '@nestjs/common';
import { demoDataset } from './demo.dataset.js';
import { DemoCounts, DemoSeedRepository } from './demo-seed.repository.js';

/** The clearly marked example dataset (label :Demo) for trying the product out. */
@Injectable()
export class DemoSeeder {
  constructor(private readonly repository: DemoSeedRepository) {}

  seed(): Promise<DemoCounts> {
    return this.repository.merge(demoDataset());
  }

  remove(): Promise<number> {
    return this.repository.remove();
  }
}
