import { Module } from '@nestjs/common';
import { AgreementSeedRepository } from './agreement/agreement-seed.repository.js';
import { AgreementSeeder } from './agreement/agreement.seeder.js';
import { DemoSeedRepository } from './demo/demo-seed.repository.js';
import { DemoSeeder } from './demo/demo.seeder.js';
import { SyntheticSeedRepository } from './synthetic/synthetic-seed.repository.js';
import { SyntheticSeeder } from './synthetic/synthetic.seeder.js';

/** The agreement's seed (every start), the example dataset and the synthetic generator (on demand). */
@Module({
  providers: [
    AgreementSeedRepository,
    AgreementSeeder,
    DemoSeedRepository,
    DemoSeeder,
    SyntheticSeedRepository,
    SyntheticSeeder,
  ],
  exports: [AgreementSeeder, DemoSeeder, SyntheticSeeder],
})
export class SeedModule {}
