// The results file's shape and its two renderings: the console table and BENCHMARKS.md's section.
import type { Ratios, Summary } from './stats.ts';
import { meetsTarget, round } from './stats.ts';

export const SECTION_HEADING = '## API: ours vs @neo4j/graphql';

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
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; loadAverage: number[] };
  versions: Record<string, string>;
  dataset: Record<string, number>;
  settings: { requests: number; warmup: number; concurrency: number; rounds: number; pageSize: number };
  parameters: Record<string, unknown>;
  startup?: { command: string; readyMs: number; targetMs: number; notes?: string };
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

/** The body of BENCHMARKS.md's section, generated from a results file plus hand-written analysis. */
export function markdownSection(results: BenchResults, analysis = ''): string {
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
  const dataset = Object.entries(results.dataset)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const versions = Object.entries(results.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const startup = results.startup
    ? `Start to \`/ready\` (warm cache, ${results.startup.command}): **${(results.startup.readyMs / 1000).toFixed(1)} s** ` +
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
    `Run of ${results.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; load average ` +
      `at start ${m.loadAverage.map((v) => v.toFixed(2)).join(' / ')}). ${versions}. Data: ${dataset}. ` +
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
    'npm run bench:api -- --actors 10000 --requests 200',
    '```',
    '',
    'It starts an embedded Neo4j on its own data directory (`data/bench-neo4j`, kept between runs; the synthetic ' +
      'data is generated only when missing), builds and starts both servers, checks that they answer the same, ' +
      'times the five queries, stops everything, prints the table, writes ' +
      '`tools/bench/results/api-vs-neo4j-graphql.json` and rewrites this section. Options: `--actors N`, ' +
      '`--requests N`, `--concurrency N`, `--warmup N`, `--rounds N`, `--neo4j-port`, `--api-port`, `--peer-port`, ' +
      '`--data-dir`, `--skip-build`, `--skip-startup`; `--only q3,q5` times some queries without writing ' +
      'anything; `--report-only` rewrites this section from the results file (after editing ' +
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
