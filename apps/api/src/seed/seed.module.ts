import { Module } from '@nestjs/common';
import { AgreementSeedRepository } from './agreement/agreement-seed.repository.js';
import { AgreementSeeder } from './agreement/agreement.seeder.js';
import { DemoSeedRepository } from './demo/demo-seed.repository.js';
import { DemoSeeder } from './demo/demo.seeder.js';
import { SyntheticSeedRepository } from './synthetic/synthetic-seed.repository.js';
import { SyntheticSeeder } from './synthetic/synthetic.seeder.js';
import { TemplateSeedRepository } from './templates/template-seed.repository.js';
import { TemplateSeeder } from './templates/template.seeder.js';

/**
 * The agreement's seed and the guideline templates (every start), the example dataset and the synthetic
 * generator (on demand).
 */
@Module({
  providers: [
    AgreementSeedRepository,
    AgreementSeeder,
    DemoSeedRepository,
    DemoSeeder,
    SyntheticSeedRepository,
    SyntheticSeeder,
    TemplateSeedRepository,
    TemplateSeeder,
  ],
  exports: [AgreementSeeder, DemoSeeder, SyntheticSeeder, TemplateSeeder],
})
export class SeedModule {}
