// Unit tests of the benchmark's harness (statistics, interleaving, answer comparison, report).
// Run: node --test tools/bench/api/
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonical, difference, sortedUnique } from './compare.ts';
import { interleavedPlan, mergeLoads, runLoad } from './load.ts';
import { QUERIES } from './queries.ts';
import {
  consoleGrowthTable,
  growthRows,
  markdownSection,
  replaceSection,
  SECTION_HEADING,
  size,
  type BenchResults,
} from './report.ts';
import { meetsTarget, percentile, ratios, summarise } from './stats.ts';

describe('stats', () => {
  it('interpolates percentiles between ranks', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    assert.equal(percentile(values, 50), 5.5);
    assert.equal(percentile(values, 0), 1);
    assert.equal(percentile(values, 100), 10);
    assert.ok(Math.abs(percentile(values, 95) - 9.55) < 1e-9);
    assert.equal(percentile([7], 95), 7);
    assert.ok(Number.isNaN(percentile([], 50)));
  });

  it('does not depend on input order', () => {
    assert.equal(percentile([9, 1, 5], 50), 5);
  });

  it('computes throughput from wall time', () => {
    const s = summarise([10, 20, 30, 40], 2000);
    assert.equal(s.throughput, 2);
    assert.equal(s.mean, 25);
  });

  it('reports ratios below 1 when ours is faster, for latency and throughput alike', () => {
    const ours = summarise([10, 10, 10, 10], 1000);
    const peer = summarise([20, 20, 20, 20], 4000);
    const r = ratios(ours, peer);
    assert.equal(r.p50, 0.5);
    assert.equal(r.p95, 0.5);
    assert.equal(r.throughputInverse, 0.25);
    assert.equal(meetsTarget(r, 0.5), true);
    assert.equal(meetsTarget({ ...r, p95: 0.51 }, 0.5), false);
  });
});

describe('load', () => {
  it('sends exactly the requested number with at most `concurrency` in flight', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    let sent = 0;
    const result = await runLoad(
      async () => {
        sent += 1;
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 2));
        inFlight -= 1;
      },
      { requests: 37, concurrency: 8 },
    );
    assert.equal(sent, 37);
    assert.equal(result.latenciesMs.length, 37);
    assert.equal(maxInFlight, 8);
  });

  it('counts failures instead of timing them', async () => {
    let n = 0;
    const result = await runLoad(
      async () => {
        n += 1;
        if (n % 2 === 0) throw new Error('boom');
      },
      { requests: 10, concurrency: 3 },
    );
    assert.equal(result.errors, 5);
    assert.equal(result.latenciesMs.length, 5);
    assert.equal(result.firstError, 'boom');
  });

  it('alternates which side goes first and splits requests evenly', () => {
    const plan = interleavedPlan(10, 4);
    assert.deepEqual(
      plan.map((p) => p.side),
      ['ours', 'peer', 'peer', 'ours', 'ours', 'peer', 'peer', 'ours'],
    );
    const total = (side: string) => plan.filter((p) => p.side === side).reduce((s, p) => s + p.requests, 0);
    assert.equal(total('ours'), 10);
    assert.equal(total('peer'), 10);
  });

  it('merges chunks by pooling latencies and adding wall time', () => {
    const merged = mergeLoads([
      { latenciesMs: [1, 2], wallMs: 10, errors: 0 },
      { latenciesMs: [3], wallMs: 5, errors: 1, firstError: 'x' },
    ]);
    assert.deepEqual(merged.latenciesMs, [1, 2, 3]);
    assert.equal(merged.wallMs, 15);
    assert.equal(merged.errors, 1);
    assert.equal(merged.firstError, 'x');
  });
});

describe('compare', () => {
  it('ignores object key order', () => {
    assert.equal(canonical({ b: 1, a: [{ y: 2, x: 1 }] }), canonical({ a: [{ x: 1, y: 2 }], b: 1 }));
    assert.equal(difference({ b: 1, a: 2 }, { a: 2, b: 1 }), null);
  });

  it('names the ids only one side returned', () => {
    const diff = difference({ ids: ['a', 'b', 'c'] }, { ids: ['a', 'c', 'd'] });
    assert.match(diff ?? '', /\$\.ids: 3 vs 3 entries; only ours: b; only peer: d/);
  });

  it('reports a different order of the same ids', () => {
    assert.match(difference(['a', 'b'], ['b', 'a']) ?? '', /different order/);
  });

  it('points at the first differing count', () => {
    const diff = difference([{ key: 'f1', challenges: 3 }], [{ key: 'f1', challenges: 4 }]);
    assert.equal(diff, '$[0].challenges: ours 3, peer 4');
  });

  it('sorts and deduplicates id sets', () => {
    assert.deepEqual(sortedUnique(['b', 'a', 'b']), ['a', 'b']);
  });
});

describe('report', () => {
  const section = `${SECTION_HEADING}\n\nnew body\n`;

  it('creates the file with a title when it is empty', () => {
    assert.equal(replaceSection('', SECTION_HEADING, section), `# Benchmarks\n\n${section}`);
  });

  it('replaces only its own section and keeps the others', () => {
    const doc = `# Benchmarks\n\n## Web: bundle\n\nkeep me\n\n${SECTION_HEADING}\n\nold body\n\n## Graph view\n\nkeep too\n`;
    const out = replaceSection(doc, SECTION_HEADING, section);
    assert.match(out, /## Web: bundle\n\nkeep me\n/);
    assert.match(out, /new body/);
    assert.doesNotMatch(out, /old body/);
    assert.match(out, /## Graph view\n\nkeep too\n$/);
  });

  it('appends the section when it is missing', () => {
    const out = replaceSection('# Benchmarks\n\n## Other\n\ntext\n', SECTION_HEADING, section);
    assert.match(out, /## Other\n\ntext\n\n## API: ours vs @neo4j\/graphql\n\nnew body\n$/);
  });

  it('does not treat ### subheadings as the end of the section', () => {
    const doc = `${SECTION_HEADING}\n\nold\n\n### What the numbers mean\n\nold too\n`;
    const out = replaceSection(doc, SECTION_HEADING, section);
    assert.doesNotMatch(out, /old/);
  });
});

describe('queries', () => {
  const params = {
    fieldsActorId: 'me',
    sharingActorId: 'me',
    field: { id: 'f1', key: 'anerkennung' },
    regions: [{ id: 'r1', key: 'harz' }],
    allFields: [{ id: 'f1', key: 'anerkennung' }],
    filteredCount: 0,
    phrase: 'Anerkennung Harz',
  };
  const ctx = { params, pageSize: 20, page50Cursors: { ours: 'o', peer: 'p' } };
  const query = (key: string) => QUERIES.find((q) => q.key === key)!;

  it('finds the same sharing actors in both shapes, without the actor itself', () => {
    const q = query('q3-sharing-challenges');
    const ours = {
      actor: {
        solutionApproaches: [
          { challenges: [{ actors: [{ id: 'me' }, { id: 'b' }] }, { actors: [{ id: 'a' }, { id: 'b' }] }] },
        ],
      },
    };
    const peer = {
      actors: [
        {
          solutions: [
            {
              challenges: [
                { solutions: [{ carriers: [{ id: 'b' }, { id: 'me' }] }] },
                { solutions: [{ carriers: [{ id: 'a' }] }, { carriers: [{ id: 'b' }] }] },
              ],
            },
          ],
        },
      ],
    };
    const a = q.ours[0].normalise(ours, ctx);
    assert.deepEqual(a, ['a', 'b']);
    assert.equal(difference(a, q.peer.normalise(peer, ctx)), null);
  });

  it('compares pages by ids in order and total, not by cursors', () => {
    const q = query('q2-page-50');
    const page = (cursor: string) => ({
      totalCount: 3,
      edges: [{ cursor, node: { id: 'x' } }],
      pageInfo: { endCursor: cursor, hasNextPage: true },
    });
    const ours = q.ours[0].normalise({ actors: page('keyset') }, ctx);
    assert.equal(difference(ours, q.peer.normalise({ actorsConnection: page('offset') }, ctx)), null);
    assert.equal(q.ours[0].variables(ctx).after, 'o');
    assert.equal(q.peer.variables(ctx).after, 'p');
  });

  it("sends the peer the search box's Lucene query, and in 5b exactly ours", () => {
    const phrase = query('q5-search-one-hop').peer.variables(ctx).phrase as string;
    assert.equal(phrase, '+(Anerkennung OR *Anerkennung*) +(Harz OR Harz*)');
    const same = query('q5b-search-same-lucene').peer.variables(ctx).phrase as string;
    assert.match(same, /^\+\(name:Anerkennung OR name:\*Anerkennung\* OR description:Anerkennung/);
    assert.match(same, /description:Harz\*\)$/);
    assert.doesNotMatch(same, /title:|bodyText:/);
  });

  it('asks our list for the actors linked to the regions, as the peer does', () => {
    const filter = query('q2-page-1').ours[0].variables(ctx).filter as Record<string, unknown>;
    assert.deepEqual(filter, { actionFieldIds: ['f1'], regionIds: ['r1'], regionalOnly: true });
  });
});

describe('growth', () => {
  const summary = (p50: number, p95: number) => ({
    requests: 1,
    errors: 0,
    p50,
    p95,
    mean: p50,
    throughput: 1000 / p50,
  });
  const run = (actors: number, scale: number): BenchResults => ({
    benchmark: 'api-vs-neo4j-graphql',
    date: '2026-12-03T00:00:00.000Z',
    machine: { cpu: 'cpu', cores: 2, memoryGiB: 24, os: 'os', loadAverage: [1, 2, 3] },
    versions: {},
    dataset: { actors },
    settings: { actors, requests: 1, warmup: 0, concurrency: 1, rounds: 1, pageSize: 20 },
    parameters: {},
    queries: [
      {
        key: 'q2-page-50-edges',
        title: '2c. page 50 without totalCount',
        target: 0.5,
        ours: summary(10, 20),
        peer: summary(100 * scale, 200 * scale),
        ratios: { p50: 0.1 / scale, p95: 0.1 / scale, throughputInverse: 0.1 / scale },
        meetsTarget: true,
        oursQuery: 'o',
        peerQuery: 'p',
      },
    ],
  });

  it('sets each query of the larger run beside the smaller one', () => {
    const [row] = growthRows(run(10_000, 1), run(100_000, 10));
    assert.deepEqual(row.ours, [10, 10]);
    assert.deepEqual(row.peer, [100, 1000]);
    assert.deepEqual(row.ratioP50, [0.1, 0.01]);
    const table = consoleGrowthTable(run(10_000, 1), run(100_000, 10));
    assert.match(table, /10 000 → 100 000/);
    assert.match(table, /q2-page-50-edges\s+10\.0 → 10\.0\s+×1\.0\s+100\.0 → 1000\.0\s+×10 /);
  });

  it('adds the growth table to the section when a larger run exists', () => {
    assert.doesNotMatch(markdownSection(run(10_000, 1)), /### From/);
    const section = markdownSection(run(10_000, 1), '', run(100_000, 10));
    assert.match(section, /### From 10 000 to 100 000 actors/);
    assert.match(section, /\| 2c\. page 50 without totalCount \| 10\.0 ms \| 10\.0 ms \| ×1\.0 \|/);
  });

  it('writes sizes as the prose does', () => {
    assert.equal(size(100_000), '100 000');
    assert.equal(size(999), '999');
  });
});
