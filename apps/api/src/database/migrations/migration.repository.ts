import { Neo4jService } from '../neo4j.service.js';
import { Migration } from './migration.js';

export class MigrationRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async ensureLedger(): Promise<void> {
    await this.neo4j.write((tx) =>
      tx.run(
        'CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE',
      ),
    );
  }

  async appliedVersions(): Promise<number[]> {
    const result = await this.neo4j.read((tx) => tx.run('MATCH (m:Migration) RETURN m.version AS version'));
    return result.records.map((record) => Number(record.get('version')));
  }

  /**
   * Schema statements cannot share a transaction with data writes in Neo4j, so each runs on its own;
   * they are idempotent, which makes a crash half-way safe to repeat. The ledger entry comes last.
   */
  async apply(migration: Migration): Promise<void> {
    for (const statement of migration.statements) {
      await this.neo4j.write((tx) => tx.run(statement));
    }
    await this.neo4j.write((tx) =>
      tx.run(
        'MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()',
        {
          version: migration.version,
          name: migration.name,
        },
      ),
    );
  }
}
