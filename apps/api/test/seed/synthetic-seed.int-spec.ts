import { runCli } from '../../src/cli/commands.js';
import { removeSynthetic, seedSynthetic } from '../../src/seed/seed.commands.js';
import { SEED_LINKS, SeedLinkType } from '../../src/seed/seed-graph.js';
import { syntheticDataset } from '../../src/seed/synthetic/synthetic.dataset.js';
import { SyntheticSeeder } from '../../src/seed/synthetic/synthetic.seeder.js';
import { DomainError } from '@netzwerkstatt/domain';
import { startTestApp, TestApp } from '../support/test-app.js';
import { AGREEMENT_COUNTS, agreementCounts, readOne } from '../support/seed.js';

const SYNTHETIC_COUNTS = `RETURN COUNT { (:Synthetic) } AS nodes, COUNT { (:Actor:Synthetic) } AS actors,
  COUNT { (:Person:Synthetic) } AS persons, COUNT { (:Challenge:Synthetic) } AS challenges,
  COUNT { (:SolutionApproach:Synthetic) } AS solutions, COUNT { (:GoodPractice:Synthetic) } AS goodPractices,
  COUNT { (:Synthetic)-[]->() } AS relationships`;

describe('the synthetic generator', () => {
  let t: TestApp;
  const lines: string[] = [];
  const progress = { isTTY: false, write: (text: string) => lines.push(text) };

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('writes N actors with persons, challenges, solutions and good practices, in batches, with progress', async () => {
    const message = await seedSynthetic(t.app, { actors: 200, progress });
    const expected = syntheticDataset(200);
    const relationships = (Object.keys(SEED_LINKS) as SeedLinkType[]).reduce(
      (sum, type) => sum + expected.links[type].length,
      0,
    );
    expect(await readOne(t, SYNTHETIC_COUNTS)).toEqual({
      nodes: 420,
      actors: 200,
      persons: 100,
      challenges: 40,
      solutions: 40,
      goodPractices: 40,
      relationships,
    });
    expect(message).toContain(`${relationships} Beziehungen`);
    // Small batches of a small N jump several tenths at once; each jump prints one line.
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.at(-1)).toMatch(/^Synthetische Daten 100 % .*\/s · noch /);
  });

  it('writes exactly the generated data (deterministic), with sort keys and audit fields', async () => {
    const expected = syntheticDataset(200).nodes.Actor[17];
    const stored = await readOne<Record<string, unknown>>(
      t,
      'MATCH (a:Actor:Synthetic {id: $id}) RETURN a.name AS name, a.sortKey AS sortKey, a.createdBy AS createdBy',
      { id: expected.id },
    );
    expect(stored).toEqual({
      name: expected.props.name,
      sortKey: expected.props.sortKey,
      createdBy: 'synthetic',
    });
  });

  it('refuses to run on top of existing synthetic data, and refuses a bad actor count', async () => {
    await expect(t.app.get(SyntheticSeeder).seed({ actors: 10, progress })).rejects.toMatchObject({
      code: 'CONFLICT',
      reason: 'SYNTHETIC_DATA_EXISTS',
    });
    for (const actors of [0, -5, 1.5, Number.NaN, 2_000_000]) {
      const error = await t.app
        .get(SyntheticSeeder)
        .seed({ actors, progress })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('removes all synthetic data in batches and leaves the agreement intact', async () => {
    const seeder = t.app.get(SyntheticSeeder);
    const deleted = await seeder.remove({ batchSize: 150, progress });
    expect(deleted).toBe(420);
    expect(await readOne(t, 'RETURN COUNT { (:Synthetic) } AS nodes')).toEqual({ nodes: 0 });
    expect(await agreementCounts(t)).toEqual(AGREEMENT_COUNTS);
    expect(await removeSynthetic(t.app, { progress })).toContain(': 0 Knoten');
  });
});

describe('the seed commands of the CLI', () => {
  it('dispatches seed:synthetic, refuses it without --actors, and removes with --remove', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
    expect(await runCli(['seed:synthetic'], io)).toBe(1);
    expect(err.join('\n')).toContain('--actors');
    expect(await runCli(['seed:synthetic', '--actors', '30', '--seed', '7'], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^Synthetische Daten angelegt .*: 63 Knoten/);
    expect(await runCli(['seed:synthetic', '--remove'], io)).toBe(0);
    expect(out.at(-1)).toContain('entfernt / synthetic data removed: 63 Knoten');
    expect(await runCli(['seed:demo', '--actors'], io)).toBe(2);
  });
});
