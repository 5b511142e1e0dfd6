import { Injectable, Logger } from '@nestjs/common';
import { germanSortKey } from '@netzwerkstatt/domain';
import { TemplateSeedRepository } from './template-seed.repository.js';
import { SEED_TEMPLATES, templateSeedId } from './templates.data.js';

/**
 * The templates every member can start a guideline from („Handlungsleitfaden“, „Checkliste“): on every
 * start, after the agreement; merging by stable id makes it a no-op once they are there.
 */
@Injectable()
export class TemplateSeeder {
  private readonly logger = new Logger(TemplateSeeder.name);

  constructor(private readonly repository: TemplateSeedRepository) {}

  async seed(): Promise<number> {
    const created = await this.repository.merge(
      SEED_TEMPLATES.map((template) => ({
        id: templateSeedId(template.key),
        name: template.name,
        sortKey: germanSortKey(template.name),
        description: template.description,
        json: JSON.stringify(template.json),
      })),
    );
    if (created > 0) this.logger.log(`Template seed: ${created} templates created`);
    return created;
  }
}
