// npm run bench:api -- [--actors 10000] [--requests 200]
// Our API against @neo4j/graphql on the same Neo4j and data: equality first, then timings, then the
// results file of that size and BENCHMARKS.md's section. See BENCHMARKS.md for what the numbers mean.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../neo4j/embedded.ts';
import { difference } from './compare.ts';
import { benchDriver, chooseParameters, datasetSize, ensureSyntheticData, neo4jVersion } from './dataset.ts';
import { graphqlClient, type GraphQLClient } from './gql.ts';
import { interleavedPlan, mergeLoads, runLoad, type LoadResult } from './load.ts';
import {
  execute,
  QUERIES,
  type BenchQuery,
  type QueryContext,
  type SideName,
  type SideQuery,
} from './queries.ts';
import {
  actorsOf,
  consoleGrowthTable,
  consoleTable,
  MAIN_ACTORS,
  markdownSection,
  queryResult,
  replaceSection,
  SECTION_HEADING,
  type BenchResults,
} from './report.ts';
import { REPO_ROOT } from './process.ts';
import { API_DIR, buildApi, startOurApi, startPeer, type Server } from './servers.ts';
import { measureStartup, type StartupMeasurement } from './startup.ts';
import { ratios, summarise } from './stats.ts';
import { createBenchToken } from './token.ts';

const PAGE_SIZE = 20;
const DEEP_PAGE = 50;
const RESULTS_DIR = path.join(REPO_ROOT, 'tools/bench/results');
const RESULTS_NAME = /^api-vs-neo4j-graphql-(\d+)\.json$/;
/** One results file per size, so a run on more actors keeps the one the targets are set for. */
const resultsFile = (actors: number): string => path.join(RESULTS_DIR, `api-vs-neo4j-graphql-${actors}.json`);
const BENCHMARKS_MD = path.join(REPO_ROOT, 'BENCHMARKS.md');
const ANALYSIS_MD = path.join(import.meta.dirname, 'analysis.md');

interface Options {
  actors: number;
  requests: number;
  warmup: number;
  concurrency: number;
  rounds: number;
  neo4jPort: number;
  apiPort: number;
  peerPort: number;
  dataDir: string;
  /** Our API's build output (relative to the repository). */
  apiDir: string;
  build: boolean;
  startup: boolean;
  only: string[] | null;
  /** Rewrites BENCHMARKS.md's section from the results file (after editing analysis.md), measuring nothing. */
  reportOnly: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      actors: { type: 'string', default: '10000' },
      requests: { type: 'string', default: '200' },
      warmup: { type: 'string' },
      concurrency: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '4' },
      'neo4j-port': { type: 'string', default: process.env.BENCH_NEO4J_PORT ?? '7697' },
      'api-port': { type: 'string', default: process.env.BENCH_API_PORT ?? '3190' },
      'peer-port': { type: 'string', default: process.env.BENCH_PEER_PORT ?? '3191' },
      // Default: one directory per size (the generator adds no actors to existing synthetic data).
      'data-dir': { type: 'string', default: process.env.BENCH_DATA_DIR },
      'skip-build': { type: 'boolean', default: false },
      // A build made elsewhere (implies --skip-build), e.g. of a clean checkout while the tree is mid-edit.
      'api-dir': { type: 'string' },
      'skip-startup': { type: 'boolean', default: false },
      only: { type: 'string' },
      'report-only': { type: 'boolean', default: false },
    },
  });
  const int = (name: string, value: string, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} must be an integer ≥ ${min} (got ${value})`);
    return n;
  };
  const requests = int('requests', values.requests, 1);
  const actors = int('actors', values.actors, 1);
  return {
    actors,
    requests,
    warmup:
      values.warmup !== undefined ? int('warmup', values.warmup, 0) : Math.max(20, Math.round(requests / 5)),
    concurrency: int('concurrency', values.concurrency, 1),
    rounds: int('rounds', values.rounds, 1),
    neo4jPort: int('neo4j-port', values['neo4j-port'], 1),
    apiPort: int('api-port', values['api-port'], 1),
    peerPort: int('peer-port', values['peer-port'], 1),
    dataDir: path.resolve(REPO_ROOT, values['data-dir'] ?? `data/bench-neo4j-${actors}`),
    apiDir: values['api-dir'] ?? API_DIR,
    build: !values['skip-build'] && values['api-dir'] === undefined,
    startup: !values['skip-startup'],
    only: values.only ? values.only.split(',') : null,
    reportOnly: values['report-only'],
  };
}

class AnswersDiffer extends Error {}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (opts.reportOnly) {
    await writeReport();
    return;
  }
  const only = opts.only;
  const queries = only ? QUERIES.filter((q) => only.some((o) => q.key.startsWith(o))) : QUERIES;
  const loadAverage = os.loadavg();
  const stoppers: Array<() => Promise<void>> = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stoppers.splice(0).reverse()) await stop().catch(() => undefined);
  };
  const onSignal = (sig: NodeJS.Signals): void => {
    console.error(`\n${sig}: stopping ...`);
    void stopAll().then(() => process.exit(130));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const sig of signals) process.on(sig, onSignal);
  const removeSignals = (): void => {
    for (const sig of signals) process.off(sig, onSignal);
  };

  let results: BenchResults;
  try {
    const neo4j: EmbeddedNeo4j = await startEmbeddedNeo4j({
      port: opts.neo4jPort,
      dataDir: opts.dataDir,
      heap: process.env.NEO4J_HEAP ?? '2g',
      pageCache: process.env.NEO4J_PAGECACHE ?? '512m',
    });
    stoppers.push(() => neo4j.stop());
    const driver = benchDriver(neo4j.uri);
    stoppers.push(() => driver.close());

    if (opts.build) await buildApi();
    // Our server first: its migrations create the indexes (full-text included) the generator and the peer rely on.
    const ours = await startOurApi({ port: opts.apiPort, neo4jUri: neo4j.uri, apiDir: opts.apiDir });
    stoppers.push(() => ours.stop());
    await ensureSyntheticData(driver, neo4j.uri, opts.actors, opts.apiDir);
    const peer = await startPeer({ port: opts.peerPort, neo4jUri: neo4j.uri });
    stoppers.push(() => peer.stop());

    const token = await createBenchToken({ graphqlUrl: ours.url, neo4jUri: neo4j.uri, apiDir: opts.apiDir });
    const clients: Record<SideName, GraphQLClient> = {
      ours: graphqlClient(ours.url, token),
      peer: graphqlClient(peer.url),
    };
    const params = await chooseParameters(driver, PAGE_SIZE * DEEP_PAGE);
    const shownParams = { ...params, allFields: params.allFields.map((f) => f.key) };
    console.log(`parameters: ${JSON.stringify(shownParams)}`);

    const ctx: QueryContext = { params, pageSize: PAGE_SIZE, page50Cursors: { ours: null, peer: null } };
    await findDeepPageCursors(clients, ctx);
    const chosen: Chosen[] = [];
    for (const query of queries) chosen.push(await chooseOurForm(clients.ours, query, ctx));
    for (const c of chosen) if (c.gap) console.log(`API gap: ${c.query.title}: ${c.gap}`);
    await checkSameAnswers(clients, chosen, ctx, [ours, peer]);
    console.log(`both servers give the same answers to all ${chosen.length} queries`);

    const timed = [];
    for (const c of chosen) timed.push(await timeQuery(clients, c, ctx, opts));

    const versions = {
      node: process.versions.node,
      neo4j: await neo4jVersion(driver),
      '@neo4j/graphql': packageVersion('@neo4j/graphql'),
      '@apollo/server': packageVersion('@apollo/server'),
      '@nestjs/core': packageVersion('@nestjs/core'),
    };
    const loadAverageEnd = os.loadavg();
    const dataset = await datasetSize(driver);
    await stopAll();

    results = {
      benchmark: 'api-vs-neo4j-graphql',
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`,
        loadAverage,
        loadAverageEnd,
      },
      versions,
      dataset,
      settings: {
        actors: opts.actors,
        requests: opts.requests,
        warmup: opts.warmup,
        concurrency: opts.concurrency,
        rounds: opts.rounds,
        pageSize: PAGE_SIZE,
      },
      parameters: shownParams,
      queries: timed,
    };
    if (opts.startup) {
      console.log('measuring the start to /ready (warm cache) ...');
      const startup = await measureStartup({
        apiPort: opts.apiPort,
        neo4jPort: opts.neo4jPort,
        dataDir: opts.dataDir,
        runs: 2,
      });
      results.startup = {
        command: startup.command,
        readyMs: Math.round(startup.readyMs),
        targetMs: 60_000,
        notes: startupNotes(startup),
        date: results.date,
      };
    } else {
      // Kept from the last run that measured it, with that run's date.
      const previous = readResults(opts.actors);
      if (previous?.startup) results.startup = { date: previous.date, ...previous.startup };
    }
  } catch (error) {
    await stopAll();
    removeSignals();
    if (error instanceof AnswersDiffer) {
      console.error(`\nABORTED: ${error.message}`);
      process.exit(3);
    }
    throw error;
  }
  removeSignals();

  console.log(`\n${consoleTable(results)}\n`);
  const [small, large] =
    opts.actors > MAIN_ACTORS
      ? [readResults(MAIN_ACTORS), results]
      : [results, opts.actors === MAIN_ACTORS ? largestOtherRun() : null];
  if (small && large && !opts.only) console.log(`${consoleGrowthTable(small, large)}\n`);
  if (opts.only) {
    console.log('--only: a partial run, so the results file and BENCHMARKS.md are left as they are');
    return;
  }
  const file = resultsFile(opts.actors);
  mkdirSync(RESULTS_DIR, { recursive: true });
  await writeFormatted(file, JSON.stringify(results, null, 2));
  console.log(`written: ${path.relative(REPO_ROOT, file)}`);
  await writeReport();
}

/**
 * BENCHMARKS.md's section from the results files: the main size's table and analysis, and the growth
 * to the largest other size measured.
 */
async function writeReport(): Promise<void> {
  const main = readResults(MAIN_ACTORS);
  if (!main) {
    console.log(
      `no results of the ${MAIN_ACTORS}-actor run (${path.relative(REPO_ROOT, resultsFile(MAIN_ACTORS))}), so BENCHMARKS.md is left as it is`,
    );
    return;
  }
  const analysis = existsSync(ANALYSIS_MD) ? readFileSync(ANALYSIS_MD, 'utf8') : '';
  const current = existsSync(BENCHMARKS_MD) ? readFileSync(BENCHMARKS_MD, 'utf8') : '';
  await writeFormatted(
    BENCHMARKS_MD,
    replaceSection(current, SECTION_HEADING, markdownSection(main, analysis, largestOtherRun())),
  );
  console.log(`written: ${path.relative(REPO_ROOT, BENCHMARKS_MD)}`);
}

/** The results of the largest size measured beyond the main one, if any. */
function largestOtherRun(): BenchResults | null {
  const sizes = existsSync(RESULTS_DIR)
    ? readdirSync(RESULTS_DIR)
        .map((name) => Number(RESULTS_NAME.exec(name)?.[1] ?? Number.NaN))
        .filter((n) => Number.isInteger(n) && n > MAIN_ACTORS)
    : [];
  return sizes.length ? readResults(Math.max(...sizes)) : null;
}

/** Walks both sides' cursors to the end of page 49 once; page 50 is then fetched with that cursor. */
async function findDeepPageCursors(
  clients: Record<SideName, GraphQLClient>,
  ctx: QueryContext,
): Promise<void> {
  const query = QUERIES.find((q) => q.key === 'q2-page-1');
  if (!query) throw new Error('query q2-page-1 is missing');
  const specs: Record<SideName, SideQuery> = { ours: query.ours[0], peer: query.peer };
  for (const side of ['ours', 'peer'] as const) {
    const spec = specs[side];
    if (!spec.page) throw new Error(`${query.key} ${side}: not a paged query`);
    let after: string | null = null;
    for (let page = 1; page < DEEP_PAGE; page += 1) {
      const variables = { ...spec.variables(ctx), after };
      const current = spec.page(await clients[side].request(spec.document(ctx), variables));
      if (!current.hasNextPage || !current.endCursor) {
        throw new AnswersDiffer(
          `${side}: the filtered list ends at page ${page}; page ${DEEP_PAGE} needs ${PAGE_SIZE * DEEP_PAGE} actors`,
        );
      }
      after = current.endCursor;
    }
    ctx.page50Cursors[side] = after;
  }
}

interface Chosen {
  query: BenchQuery;
  ours: SideQuery;
  peer: SideQuery;
  gap?: string;
}

/**
 * Our side's first form the server accepts. A form refused by validation (a field or argument our
 * schema lacks) is skipped and named, because that is an API gap to report, not a benchmark error.
 */
async function chooseOurForm(client: GraphQLClient, query: BenchQuery, ctx: QueryContext): Promise<Chosen> {
  const refused: string[] = [];
  for (const spec of query.ours) {
    try {
      await execute(spec, client, ctx);
      const gap = refused.length
        ? `our API cannot answer \`${query.ours[0].label}\` (${refused.join('; ')}), so ${spec.label} was timed instead.`
        : undefined;
      return { query, ours: spec, peer: query.peer, gap };
    } catch (error) {
      const message = (error as Error).message;
      if (!/GRAPHQL_VALIDATION_FAILED|Cannot query field|Unknown argument|Unknown type/.test(message))
        throw error;
      refused.push(message.replace(/^\S+: /, ''));
    }
  }
  throw new AnswersDiffer(
    `${query.title}: our server refuses every form of the query: ${refused.join('; ')}`,
  );
}

async function checkSameAnswers(
  clients: Record<SideName, GraphQLClient>,
  chosen: Chosen[],
  ctx: QueryContext,
  servers: Server[],
): Promise<void> {
  const problems: string[] = [];
  for (const { query, ours, peer } of chosen) {
    try {
      const specs: Record<SideName, SideQuery> = { ours, peer };
      const [oursAnswer, peerAnswer] = await Promise.all(
        (['ours', 'peer'] as const).map(async (side) =>
          specs[side].normalise(await execute(specs[side], clients[side], ctx), ctx),
        ),
      );
      const diff = difference(oursAnswer, peerAnswer);
      if (diff) problems.push(`${query.title}: ${diff}`);
      else if (isEmpty(oursAnswer))
        problems.push(`${query.title}: both answers are empty, which compares nothing`);
    } catch (error) {
      problems.push(`${query.title}: ${(error as Error).message}`);
    }
  }
  if (problems.length) {
    const logs = servers.map((s) => `--- ${s.name} server, last lines:\n${s.tail()}`).join('\n');
    throw new AnswersDiffer(
      `the servers do not answer the same, so timing them would compare different work:\n  ${problems.join('\n  ')}\n${logs}`,
    );
  }
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object' && 'ids' in value)
    return (value as { ids: unknown[] }).ids.length === 0;
  return false;
}

async function timeQuery(
  clients: Record<SideName, GraphQLClient>,
  chosen: Chosen,
  ctx: QueryContext,
  opts: Options,
) {
  const { query } = chosen;
  const specs: Record<SideName, SideQuery> = { ours: chosen.ours, peer: chosen.peer };
  const send = (side: SideName) => async () => {
    await execute(specs[side], clients[side], ctx);
  };
  for (const side of ['ours', 'peer'] as const) {
    const warm = await runLoad(send(side), { requests: opts.warmup, concurrency: opts.concurrency });
    if (warm.errors)
      throw new Error(`${query.title}, ${side}: ${warm.errors} failed warm-up requests: ${warm.firstError}`);
  }
  const chunks: Record<SideName, LoadResult[]> = { ours: [], peer: [] };
  for (const step of interleavedPlan(opts.requests, opts.rounds)) {
    chunks[step.side].push(
      await runLoad(send(step.side), { requests: step.requests, concurrency: opts.concurrency }),
    );
  }
  const [ours, peer] = (['ours', 'peer'] as const).map((side) => {
    const merged = mergeLoads(chunks[side]);
    if (merged.errors)
      throw new Error(`${query.title}, ${side}: ${merged.errors} failed requests: ${merged.firstError}`);
    return summarise(merged.latenciesMs, merged.wallMs, merged.errors);
  });
  const result = queryResult(
    {
      key: query.key,
      title: query.title,
      target: query.target,
      oursQuery: chosen.ours.label,
      peerQuery: chosen.peer.label,
      gap: chosen.gap,
    },
    ours,
    peer,
    ratios(ours, peer),
  );
  console.log(
    `${query.title}: p50 ${ours.p50.toFixed(1)} / ${peer.p50.toFixed(1)} ms, p95 ${ours.p95.toFixed(1)} / ${peer.p95.toFixed(1)} ms, ` +
      `${ours.throughput.toFixed(0)} / ${peer.throughput.toFixed(0)} req/s (ours / peer) → ratios ` +
      `${result.ratios.p50.toFixed(2)} ${result.ratios.p95.toFixed(2)} ${result.ratios.throughputInverse.toFixed(2)} ` +
      `${result.meetsTarget ? 'ok' : `MISSED (target ≤ ${query.target})`}${chosen.gap ? ' [fallback form]' : ''}`,
  );
  return result;
}

function startupNotes(startup: StartupMeasurement): string {
  const s = (ms: number | undefined) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);
  const runs = startup.runs.map((run) =>
    run.neo4jReadyMs !== undefined
      ? `${s(run.readyMs)} (build check until ${s(run.neo4jStartingMs)}, Neo4j ready at ${s(run.neo4jReadyMs)}, ` +
        `API ready ${s(run.readyMs - run.neo4jReadyMs)} later)`
      : s(run.readyMs),
  );
  return `Runs: ${runs.join('; ')}; the slower is quoted. Database: the benchmark's, with its synthetic data.`;
}

/** Written as the repo's Prettier settings format it, so `prettier --check` stays green. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }));
}

function packageVersion(name: string): string {
  const file = path.join(REPO_ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function readResults(actors: number): BenchResults | null {
  try {
    const results = JSON.parse(readFileSync(resultsFile(actors), 'utf8')) as BenchResults;
    return actorsOf(results) === actors ? results : null;
  } catch {
    return null;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
