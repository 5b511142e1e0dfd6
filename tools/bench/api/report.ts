// The results file's shape and its two renderings: the console table and BENCHMARKS.md's section.
import type { Ratios, Summary } from './stats.ts';
import { meetsTarget, round } from './stats.ts';

export const SECTION_HEADING = '## API: ours vs @neo4j/graphql';
/** The size the targets are set for: BENCHMARKS.md's main table is this run's. */
export const MAIN_ACTORS = 10_000;

export interface QueryResult {
  key: string;
  title: string;
  target: number;
  ours: Summary;
  peer: Summary;
  ratios: Ratios;
  meetsTarget: boolean;
  /** What each side asked, in a few words. */
  oursQuery: string;
  peerQuery: string;
  /** Set when our API lacked what the better form of the query needs, so a fallback was timed. */
  gap?: string;
}

export interface BenchResults {
  benchmark: 'api-vs-neo4j-graphql';
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    /** 1, 5 and 15 minutes, at the start of the run and after the last timed request. */
    loadAverage: number[];
    loadAverageEnd?: number[];
  };
  versions: Record<string, string>;
  dataset: Record<string, number>;
  settings: {
    /** The synthetic actors the run asked for (older results: see `dataset.actors`). */
    actors?: number;
    requests: number;
    warmup: number;
    concurrency: number;
    rounds: number;
    pageSize: number;
  };
  parameters: Record<string, unknown>;
  /** `date`: when it was measured (a run with --skip-startup keeps an earlier run's). */
  startup?: { command: string; readyMs: number; targetMs: number; notes?: string; date?: string };
  queries: QueryResult[];
}

export function queryResult(
  base: { key: string; title: string; target: number; oursQuery: string; peerQuery: string; gap?: string },
  ours: Summary,
  peer: Summary,
  r: Ratios,
): QueryResult {
  return { ...base, ours, peer, ratios: r, meetsTarget: meetsTarget(r, base.target) };
}

const ms = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : '–');
/** 100000 → "100 000", as the prose writes sizes. */
export const size = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
const times = (v: number): string => (Number.isFinite(v) ? `×${v < 10 ? v.toFixed(1) : v.toFixed(0)}` : '–');
const rps = (v: number): string => (Number.isFinite(v) ? v.toFixed(0) : '–');
const ratio = (v: number): string => (Number.isFinite(v) ? round(v).toFixed(2) : '–');

/** Plain-text table for the terminal. */
export function consoleTable(results: BenchResults): string {
  const header = [
    'query',
    'p50 ours/peer ms',
    'p95 ours/peer ms',
    'req/s ours/peer',
    'ratio p50',
    'p95',
    '1/thr',
    'target',
    '',
  ];
  const rows = results.queries.map((q) => [
    q.key,
    `${ms(q.ours.p50)} / ${ms(q.peer.p50)}`,
    `${ms(q.ours.p95)} / ${ms(q.peer.p95)}`,
    `${rps(q.ours.throughput)} / ${rps(q.peer.throughput)}`,
    ratio(q.ratios.p50),
    ratio(q.ratios.p95),
    ratio(q.ratios.throughputInverse),
    `≤ ${q.target}`,
    q.meetsTarget ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const lines = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  if (results.startup) {
    const s = results.startup;
    lines.push(
      '',
      `start to /ready: ${(s.readyMs / 1000).toFixed(1)} s (target ≤ ${s.targetMs / 1000} s) — ${s.command}`,
    );
  }
  return lines.join('\n');
}

/** The number of synthetic actors a results file was measured with. */
export function actorsOf(results: BenchResults): number {
  return results.settings.actors ?? results.dataset.actors;
}

export interface GrowthRow {
  key: string;
  title: string;
  /** p50 in ms at the smaller and the larger size. */
  ours: [number, number];
  peer: [number, number];
  /** ours ÷ peer at each size. */
  ratioP50: [number, number];
  ratioP95: [number, number];
}

/** How each query's latency grows from the smaller run to the larger one (queries both timed). */
export function growthRows(small: BenchResults, large: BenchResults): GrowthRow[] {
  return small.queries.flatMap((a) => {
    const b = large.queries.find((q) => q.key === a.key);
    if (!b) return [];
    return [
      {
        key: a.key,
        title: a.title,
        ours: [a.ours.p50, b.ours.p50],
        peer: [a.peer.p50, b.peer.p50],
        ratioP50: [a.ratios.p50, b.ratios.p50],
        ratioP95: [a.ratios.p95, b.ratios.p95],
      },
    ];
  });
}

/** Plain-text growth table for the terminal. */
export function consoleGrowthTable(small: BenchResults, large: BenchResults): string {
  const [from, to] = [size(actorsOf(small)), size(actorsOf(large))];
  const header = [
    'query',
    `ours p50 ms ${from} → ${to}`,
    'growth',
    `peer p50 ms ${from} → ${to}`,
    'growth',
    'ratio p50',
    'ratio p95',
  ];
  const rows = growthRows(small, large).map((g) => [
    g.key,
    `${ms(g.ours[0])} → ${ms(g.ours[1])}`,
    times(g.ours[1] / g.ours[0]),
    `${ms(g.peer[0])} → ${ms(g.peer[1])}`,
    times(g.peer[1] / g.peer[0]),
    `${ratio(g.ratioP50[0])} → ${ratio(g.ratioP50[1])}`,
    `${ratio(g.ratioP95[0])} → ${ratio(g.ratioP95[1])}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** BENCHMARKS.md's growth subsection: the same queries measured at two sizes. */
export function markdownGrowth(small: BenchResults, large: BenchResults): string[] {
  const [from, to] = [size(actorsOf(small)), size(actorsOf(large))];
  const load = (r: BenchResults) => loadLine(r.machine);
  return [
    `### From ${from} to ${to} actors`,
    '',
    `The same queries on ${to} synthetic actors (run of ${large.date.slice(0, 10)}, ${load(large)}; ` +
      `data: ${datasetLine(large)}), beside the ${from}-actor run above (${load(small)}). ` +
      "Growth is the larger size's p50 over the smaller's; the parameters (actor, field, regions, words) are " +
      'chosen from each data set by the same rules, so they differ between the sizes.',
    '',
    `| Query | ours p50 ${from} | ours p50 ${to} | growth | peer p50 ${from} | peer p50 ${to} | growth | p50 ratio ${from} → ${to} | p95 ratio ${from} → ${to} |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...growthRows(small, large).map(
      (g) =>
        `| ${g.title} | ${ms(g.ours[0])} ms | ${ms(g.ours[1])} ms | ${times(g.ours[1] / g.ours[0])} | ` +
        `${ms(g.peer[0])} ms | ${ms(g.peer[1])} ms | ${times(g.peer[1] / g.peer[0])} | ` +
        `${ratio(g.ratioP50[0])} → ${ratio(g.ratioP50[1])} | ${ratio(g.ratioP95[0])} → ${ratio(g.ratioP95[1])} |`,
    ),
  ];
}

/** Other work on the machine slows both sides; how much there was. */
function loadLine(machine: BenchResults['machine']): string {
  const averages = (values: number[]) => values.map((v) => v.toFixed(2)).join(' / ');
  return (
    `load average at start ${averages(machine.loadAverage)}` +
    (machine.loadAverageEnd ? `, at the end ${averages(machine.loadAverageEnd)}` : '')
  );
}

function datasetLine(results: BenchResults): string {
  return Object.entries(results.dataset)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
}

/**
 * The body of BENCHMARKS.md's section, generated from a results file plus hand-written analysis;
 * `larger`: a run of the same queries on more actors, shown as a growth table.
 */
export function markdownSection(results: BenchResults, analysis = '', larger?: BenchResults | null): string {
  const q = results.queries;
  const table = [
    '| Query | p50 ours | p50 peer | p95 ours | p95 peer | req/s ours | req/s peer | p50 ratio | p95 ratio | 1/throughput ratio | target | |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|',
    ...q.map(
      (r) =>
        `| ${r.title} | ${ms(r.ours.p50)} ms | ${ms(r.peer.p50)} ms | ${ms(r.ours.p95)} ms | ${ms(r.peer.p95)} ms | ` +
        `${rps(r.ours.throughput)} | ${rps(r.peer.throughput)} | ${ratio(r.ratios.p50)} | ${ratio(r.ratios.p95)} | ` +
        `${ratio(r.ratios.throughputInverse)} | ≤ ${r.target} | ${r.meetsTarget ? 'met' : '**missed**'} |`,
    ),
  ];
  const m = results.machine;
  const s = results.settings;
  const dataset = datasetLine(results);
  const versions = Object.entries(results.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const startup = results.startup
    ? `Start to \`/ready\` (warm cache, ${results.startup.command}${results.startup.date && results.startup.date.slice(0, 10) !== results.date.slice(0, 10) ? `, measured ${results.startup.date.slice(0, 10)}` : ''}): **${(results.startup.readyMs / 1000).toFixed(1)} s** ` +
      `(target ≤ ${results.startup.targetMs / 1000} s${results.startup.readyMs <= results.startup.targetMs ? ', met' : ', **missed**'}).` +
      (results.startup.notes ? ` ${results.startup.notes}` : '')
    : 'Start to `/ready`: not measured in this run.';
  return [
    SECTION_HEADING,
    '',
    `Our GraphQL API (the production build, \`NODE_ENV=production\`, with a bearer token, depth/alias/cost limits on) ` +
      `against the same graph served by \`@neo4j/graphql\` 7 on a plain Apollo Server (its own process, no auth), ` +
      `both reading one embedded Neo4j with the same synthetic data. Before timing, the run checks that both ` +
      `servers give the same answers and stops if they do not.`,
    '',
    `Run of ${results.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; ` +
      `${loadLine(m)}). ${versions}. Data: ${dataset}. ` +
      `${s.requests} timed requests per query and side at concurrency ${s.concurrency}, after ${s.warmup} warm-up ` +
      `requests, interleaved in ${s.rounds} rounds per side.`,
    '',
    ...table,
    '',
    'What each side asked (GraphQL):',
    '',
    ...q.map(
      (r) =>
        `- **${r.title}**: ours \`${r.oursQuery}\`; peer \`${r.peerQuery}\`.${r.gap ? ` **Gap:** ${r.gap}` : ''}`,
    ),
    '',
    startup,
    ...(larger ? ['', ...markdownGrowth(results, larger)] : []),
    '',
    '### What the numbers mean',
    '',
    '- p50/p95: latency of one request as the client sees it (HTTP round trip on the loopback, GraphQL parsing ' +
      'and validation, the Cypher, serialisation), in milliseconds.',
    '- req/s: requests completed per second of wall time with 8 requests in flight: what one server process ' +
      'sustains on this machine for that query.',
    '- Ratios are ours ÷ peer for p50 and p95, and peer ÷ ours for throughput (the inverse), so for every column ' +
      'below 1.0 means our API is faster. Targets: ≤ 1.0 for every query, ≤ 0.5 for page 50 (keyset cursors ' +
      "against the library's offset cursors).",
    '- Both servers run on the same two cores as Neo4j and the load generator, so absolute numbers are low and ' +
      'somewhat noisy; the ratios, taken in one run with interleaved rounds, are the comparison.',
    '',
    '### How to run',
    '',
    '```sh',
    'npm run bench:api -- --actors 10000 --requests 600 --rounds 20',
    'npm run bench:api -- --actors 100000 --requests 300 --rounds 10 --skip-startup',
    '```',
    '',
    'It starts an embedded Neo4j on a data directory of its own per size (`data/bench-neo4j-<actors>`, kept ' +
      'between runs; the synthetic data is generated only when missing), builds and starts both servers, checks ' +
      'that they answer the same, times the queries, stops everything, prints the table, writes ' +
      '`tools/bench/results/api-vs-neo4j-graphql-<actors>.json` and rewrites this section: the table of the ' +
      `${size(MAIN_ACTORS)}-actor run, which the targets are set for, and the growth to the largest other size ` +
      'measured (printed after every run too). Neo4j gets `NEO4J_HEAP` (default 2g) and `NEO4J_PAGECACHE` ' +
      '(default 512m). Options: `--actors N`, ' +
      '`--requests N`, `--concurrency N`, `--warmup N`, `--rounds N`, `--neo4j-port`, `--api-port`, `--peer-port`, ' +
      '`--data-dir`, `--skip-build`, `--api-dir DIR` (a build made elsewhere, e.g. of a clean checkout), ' +
      '`--skip-startup`; `--only q3,q5` times some queries without writing ' +
      'anything; `--report-only` rewrites this section from the results files (after editing ' +
      "`tools/bench/api/analysis.md`, the hand-written part below). The peer's type definitions are in " +
      '`tools/bench/api/peer-type-defs.graphql`, the queries of both sides in `tools/bench/api/queries.ts`.',
    ...(analysis.trim() ? ['', analysis.trim()] : []),
    '',
  ].join('\n');
}

/** Replaces the section that starts with `heading` (up to the next `## ` heading), or appends it. */
export function replaceSection(markdown: string, heading: string, section: string): string {
  const body = section.endsWith('\n') ? section : `${section}\n`;
  if (!markdown.trim()) return `# Benchmarks\n\n${body}`;
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start === -1) return `${markdown.replace(/\n*$/, '\n\n')}${body}`;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end === -1) end = lines.length;
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n');
  return `${before}${before ? '\n' : ''}${body}${after ? `\n${after}` : ''}`;
}
