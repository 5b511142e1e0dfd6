import { Injectable, Logger } from '@nestjs/common';
import { Neo4jService } from '../neo4j.service.js';
import { Migration } from './migration.js';
import { MIGRATIONS } from './migrations.js';
import { MigrationRepository } from './migration.repository.js';

@Injectable()
export class MigrationRunner {
  private readonly logger = new Logger(MigrationRunner.name);
  private readonly repository: MigrationRepository;

  constructor(neo4j: Neo4jService) {
    this.repository = new MigrationRepository(neo4j);
  }

  /** Applies every migration not yet recorded. Safe to call on every start and from several processes. */
  async migrate(migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
    assertOrdered(migrations);
    await this.repository.ensureLedger();
    const applied = new Set(await this.repository.appliedVersions());
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      this.logger.log(`Migration ${migration.version} (${migration.name}) …`);
      await this.repository.apply(migration);
      done.push(migration.version);
    }
    return done;
  }
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (index > 0 && migration.version <= migrations[index - 1].version) {
      throw new Error(`Migrations must have strictly increasing versions (at ${migration.version})`);
    }
  });
}
