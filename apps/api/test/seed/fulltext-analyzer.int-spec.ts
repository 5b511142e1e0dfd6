import { randomUUID } from 'node:crypto';
import { SEARCH_INDEX } from '../../src/database/migrations/002-reference-and-search.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { readOne, write } from '../support/seed.js';

// What the German analyzer of the `search_text` index does with umlauts, ß and compounds, proved on
// the real index. The probe nodes are ordinary Actors with unique ids, removed afterwards.
describe('the full-text index and its German analyzer', () => {
  let t: TestApp;
  const chamberId = randomUUID();
  const counsellingId = randomUUID();

  beforeAll(async () => {
    t = await startTestApp();
    await write(
      t,
      `CREATE (:Actor {id: $chamberId, name: 'Ärztekammer Sachsen-Anhalt', description: 'Sprechstunde in der Weißenfelser Straße'})
       CREATE (:Actor {id: $counsellingId, name: 'Anerkennungsberatung Süd', description: 'Beratungen für Pflegekräfte'})`,
      { chamberId, counsellingId },
    );
  });
  afterAll(async () => {
    await write(t, 'MATCH (n:Actor) WHERE n.id IN $ids DETACH DELETE n', { ids: [chamberId, counsellingId] });
    await t.close();
  });

  /** Ids of the probe nodes a raw Lucene query finds (other nodes in the shared database are ignored). */
  async function finds(query: string): Promise<string[]> {
    const { ids } = await readOne<{ ids: string[] }>(
      t,
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node
       WITH node WHERE node.id IN $probes
       RETURN collect(node.id) AS ids`,
      { index: SEARCH_INDEX, query, probes: [chamberId, counsellingId] },
    );
    return ids;
  }

  it('is configured with the German analyzer and is immediately consistent', async () => {
    const index = await readOne<{ config: Record<string, unknown>; labels: string[]; properties: string[] }>(
      t,
      `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = $name
       RETURN options.indexConfig AS config, labelsOrTypes AS labels, properties`,
      { name: SEARCH_INDEX },
    );
    expect(index.config['fulltext.analyzer']).toBe('german');
    expect(index.config['fulltext.eventually_consistent']).toBe(false);
    expect([...index.labels].sort()).toEqual(
      [
        'ActionField',
        'Actor',
        'ActorCategory',
        'Challenge',
        'GoodPractice',
        'Guideline',
        'Person',
        'Region',
        'SolutionApproach',
      ].sort(),
    );
    expect(index.properties).toEqual(['name', 'title', 'description', 'bodyText']);
  });

  it('finds "Ärztekammer" by ärztekammer, Aerztekammer, ARZTEKAMMER and the plural Ärztekammern', async () => {
    for (const query of ['ärztekammer', 'Aerztekammer', 'ARZTEKAMMER', 'Ärztekammern']) {
      expect({ query, found: await finds(query) }).toEqual({ query, found: [chamberId] });
    }
  });

  it('treats ß and ss as the same letter', async () => {
    expect(await finds('Strasse')).toEqual([chamberId]);
    expect(await finds('Straße')).toEqual([chamberId]);
    expect(await finds('weissenfelser')).toEqual([chamberId]);
  });

  it('stems light plurals: "Beratung" finds "Beratungen"', async () => {
    expect(await finds('Beratung')).toEqual([counsellingId]);
  });

  it('does not split compounds: "Beratung" misses "Anerkennungsberatung" unless asked with a leading wildcard', async () => {
    // Only the description's "Beratungen" matches, not the compound in the name.
    expect(await finds('name:Beratung')).toEqual([]);
    expect(await finds('anerkennung')).toEqual([]);
    expect(await finds('Anerkennungsberatung')).toEqual([counsellingId]);
    expect(await finds('anerkennung*')).toEqual([counsellingId]);
    expect(await finds('*beratung')).toEqual([counsellingId]);
    expect(await finds('kammer')).toEqual([]);
  });
});
