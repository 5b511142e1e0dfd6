import { INestApplicationContext } from '@nestjs/common';
import { MigrationRunner } from '../database/migrations/migration-runner.js';
import { AgreementSeeder } from './agreement/agreement.seeder.js';
import { DemoSeeder } from './demo/demo.seeder.js';
import { ProgressStream, formatSeconds } from './synthetic/progress.js';
import { SyntheticReport, SyntheticSeeder } from './synthetic/synthetic.seeder.js';

// What the CLI calls. Each returns the line to print; the app context may be the server's or the CLI's,
// as long as it includes SeedModule.

/** Demo data needs the schema and the agreement's fields, categories and regions to link to. */
async function prepare(app: INestApplicationContext): Promise<void> {
  await app.get(MigrationRunner).migrate();
  await app.get(AgreementSeeder).seed();
}

export async function seedDemo(app: INestApplicationContext): Promise<string> {
  await prepare(app);
  const counts = await app.get(DemoSeeder).seed();
  return (
    `Beispieldaten angelegt / demo data seeded: ${counts.nodesCreated} Knoten / nodes, ` +
    `${counts.relationshipsCreated} Beziehungen / relationships neu / new`
  );
}

export async function removeDemo(app: INestApplicationContext): Promise<string> {
  const deleted = await app.get(DemoSeeder).remove();
  return `Beispieldaten entfernt / demo data removed: ${deleted} Knoten / nodes`;
}

export async function seedSynthetic(
  app: INestApplicationContext,
  options: { actors: number; seed?: number; progress?: ProgressStream },
): Promise<string> {
  await prepare(app);
  const report: SyntheticReport = await app.get(SyntheticSeeder).seed(options);
  return (
    `Synthetische Daten angelegt / synthetic data seeded: ${report.nodes} Knoten / nodes, ` +
    `${report.relationships} Beziehungen / relationships in ${formatSeconds(report.seconds)}`
  );
}

export async function removeSynthetic(
  app: INestApplicationContext,
  options: { progress?: ProgressStream } = {},
): Promise<string> {
  const deleted = await app.get(SyntheticSeeder).remove(options);
  return `Synthetische Daten entfernt / synthetic data removed: ${deleted} Knoten / nodes`;
}
