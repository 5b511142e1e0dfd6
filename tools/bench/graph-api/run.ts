// npm run bench:graph-api -- [--actors 10000] [--requests 40] [--skip-build]
// Latency of the graph explorer's API (subgraph, bulk expand, graphSet, the field × region matrix, saved
// views) on synthetic data, one request at a time as one analyst's browser sends them. Prints a table and
// writes tools/bench/results/graph-api-<actors>.json. Not a test: figures, no thresholds.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { startEmbeddedNeo4j } from '../../neo4j/embedded.ts';
import { benchDriver, datasetSize, ensureSyntheticData, neo4jVersion } from '../api/dataset.ts';
import { graphqlClient, type GraphQLClient } from '../api/gql.ts';
import { REPO_ROOT } from '../api/process.ts';
import { API_DIR, buildApi, startOurApi } from '../api/servers.ts';
import { percentile, round } from '../api/stats.ts';
import { createBenchToken } from '../api/token.ts';

const NODE_FIELDS = 'id type label key status statewide fieldKeys categoryKeys regionKeys';
const PICTURE = `nodes { ${NODE_FIELDS} } edges { from to type } missingIds truncated totalCount`;

interface Case {
  key: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Timed {
  key: string;
  title: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  nodes: number | null;
  edges: number | null;
  truncated: boolean | null;
  bytes: number;
}

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '40' },
    warmup: { type: 'string', default: '5' },
    'skip-build': { type: 'boolean', default: false },
    'neo4j-port': { type: 'string', default: process.env.BENCH_NEO4J_PORT ?? '7698' },
    'api-port': { type: 'string', default: process.env.BENCH_API_PORT ?? '3192' },
    'data-dir': { type: 'string' },
  },
});
const actors = Number(values.actors);
const requests = Number(values.requests);
const warmup = Number(values.warmup);
const dataDir = path.resolve(REPO_ROOT, values['data-dir'] ?? `data/bench-graph-neo4j-${actors}`);

async function sample(
  driver: ReturnType<typeof benchDriver>,
  cypher: string,
  params = {},
): Promise<string[]> {
  const result = await driver.executeQuery(cypher, params, { routing: 'READ' });
  return result.records.map((record) => record.get('id') as string);
}

/** Ids spread over the synthetic actors (every k-th by id), so each run asks for the same ones. */
const actorIds = (driver: ReturnType<typeof benchDriver>, n: number) =>
  sample(driver, 'MATCH (a:Actor:Synthetic) WITH a ORDER BY a.id RETURN a.id AS id LIMIT toInteger($n)', {
    n,
  });

/** A state as the web saves it: positions of `nodes` nodes plus filters and camera (about 70 bytes a node). */
function viewState(ids: readonly string[]): string {
  const positions = Object.fromEntries(
    ids.map((id, index) => [
      id,
      { x: round(Math.cos(index) * index, 3), y: round(Math.sin(index) * index, 3) },
    ]),
  );
  return JSON.stringify({
    version: 1,
    filters: { types: ['Actor'] },
    positions,
    camera: { x: 0.5, y: 0.5, ratio: 1 },
  });
}

async function time(client: GraphQLClient, c: Case): Promise<Timed> {
  let last: Record<string, unknown> = {};
  for (let i = 0; i < warmup; i += 1) last = await client.request(c.query, c.variables);
  const latencies: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const start = performance.now();
    last = await client.request(c.query, c.variables);
    latencies.push(performance.now() - start);
  }
  const answer = Object.values(last)[0] as { nodes?: unknown[]; edges?: unknown[]; truncated?: boolean };
  return {
    key: c.key,
    title: c.title,
    requests,
    p50: round(percentile(latencies, 50), 1),
    p95: round(percentile(latencies, 95), 1),
    max: round(Math.max(...latencies), 1),
    nodes: answer?.nodes?.length ?? null,
    edges: answer?.edges?.length ?? null,
    truncated: answer?.truncated ?? null,
    bytes: JSON.stringify(last).length,
  };
}

async function main(): Promise<void> {
  const loadAverage = os.loadavg();
  const neo4j = await startEmbeddedNeo4j({
    port: Number(values['neo4j-port']),
    dataDir,
    heap: process.env.NEO4J_HEAP ?? '2g',
    pageCache: process.env.NEO4J_PAGECACHE ?? '512m',
  });
  const driver = benchDriver(neo4j.uri);
  let server: Awaited<ReturnType<typeof startOurApi>> | null = null;
  try {
    if (!values['skip-build']) await buildApi();
    server = await startOurApi({ port: Number(values['api-port']), neo4jUri: neo4j.uri, apiDir: API_DIR });
    await ensureSyntheticData(driver, neo4j.uri, actors, API_DIR);
    const token = await createBenchToken({ graphqlUrl: server.url, neo4jUri: neo4j.uri, apiDir: API_DIR });
    const client = graphqlClient(server.url, token);

    const [ids100, ids500, ids2000] = await Promise.all([100, 500, 2000].map((n) => actorIds(driver, n)));
    const [busiest] = await sample(
      driver,
      `MATCH (f:ActionField)<-[:WORKS_IN]-(a:Actor) WITH f, count(a) AS n ORDER BY n DESC LIMIT 1 RETURN f.key AS id`,
    );
    const [region] = await sample(
      driver,
      `MATCH (r:Region)<-[:ACTIVE_IN]-(a:Actor) WITH r, count(a) AS n ORDER BY n DESC LIMIT 1 RETURN r.key AS id`,
    );
    const subgraph = (ids: string[]): Case['variables'] => ({ ids });
    const SUBGRAPH = `query ($ids: [ID!]!) { subgraph(ids: $ids) { ${PICTURE} } }`;
    const EXPAND = `query ($ids: [ID!]!, $depth: Int, $types: [EntityType!], $limit: Int) {
      expand(ids: $ids, depth: $depth, types: $types, limit: $limit) { ${PICTURE} } }`;
    const SET = `query ($filter: GraphSetFilter!) { graphSet(filter: $filter) { ${PICTURE} } }`;
    const cases: Case[] = [
      { key: 's100', title: 'subgraph, 100 actors', query: SUBGRAPH, variables: subgraph(ids100) },
      { key: 's500', title: 'subgraph, 500 actors', query: SUBGRAPH, variables: subgraph(ids500) },
      { key: 's2000', title: 'subgraph, 2 000 actors', query: SUBGRAPH, variables: subgraph(ids2000) },
      { key: 'e1', title: 'expand 1 actor, depth 1', query: EXPAND, variables: { ids: ids100.slice(0, 1) } },
      {
        key: 'e1d2',
        title: 'expand 1 actor, depth 2 (limit 500)',
        query: EXPAND,
        variables: { ids: ids100.slice(0, 1), depth: 2 },
      },
      {
        key: 'e1d2a',
        title: 'expand 1 actor, depth 2, actors and solution approaches only',
        query: EXPAND,
        variables: { ids: ids100.slice(0, 1), depth: 2, types: ['Actor', 'SolutionApproach'] },
      },
      {
        key: 'e100',
        title: 'expand 100 actors, depth 1 (limit 500)',
        query: EXPAND,
        variables: { ids: ids100 },
      },
      {
        key: 'e100x',
        title: 'expand 100 actors, depth 2 (limit 2 000)',
        query: EXPAND,
        variables: { ids: ids100, depth: 2, limit: 2000 },
      },
      {
        key: 'g1',
        title: `graphSet: actors of „${busiest}“ in „${region}“ (with statewide)`,
        query: SET,
        variables: { filter: { types: ['Actor'], fieldKeys: [busiest], regionKeys: [region], limit: 2000 } },
      },
      {
        key: 'g2',
        title: `graphSet: all actors of „${busiest}“ (limit 2 000)`,
        query: SET,
        variables: { filter: { types: ['Actor'], fieldKeys: [busiest], limit: 2000 } },
      },
      {
        key: 'g3',
        title: 'graphSet: open challenges, all fields (limit 2 000)',
        query: SET,
        variables: { filter: { types: ['Challenge'], statuses: ['open'], limit: 2000 } },
      },
      {
        key: 'm',
        title: 'fieldRegionMatrix',
        query:
          '{ fieldRegionMatrix { cells { actionFieldKey regionKey actorCount gap } fieldTotals { actionFieldKey actorCount statewideCount withoutRegionCount } } }',
        variables: {},
      },
    ];
    const state = viewState(ids2000.concat(ids2000.map((id) => `${id}-x`)).slice(0, 5000));
    const saved = (
      await client.request<{ createSavedGraphView: { id: string } }>(
        'mutation ($input: CreateSavedGraphViewInput!) { createSavedGraphView(input: $input) { id } }',
        { input: { name: `Benchmark ${Date.now()}`, state } },
      )
    ).createSavedGraphView;
    cases.push({
      key: 'v',
      title: `savedGraphView: open a view of ${Math.round(state.length / 1000)} kB (4 000 positions)`,
      query: 'query ($id: ID!) { savedGraphView(id: $id) { id name state revision } }',
      variables: { id: saved.id },
    });

    const timed: Timed[] = [];
    for (const c of cases) {
      process.stderr.write(`${c.title} ...\n`);
      timed.push(await time(client, c));
    }
    const results = {
      benchmark: 'graph-api',
      date: new Date().toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        cores: os.cpus().length,
        loadAverage,
        loadAverageEnd: os.loadavg(),
      },
      versions: { node: process.versions.node, neo4j: await neo4jVersion(driver) },
      dataset: await datasetSize(driver),
      settings: { actors, requests, warmup, concurrency: 1 },
      queries: timed,
    };
    const file = path.join(REPO_ROOT, 'tools/bench/results', `graph-api-${actors}.json`);
    mkdirSync(path.dirname(file), { recursive: true });
    // Formatted as the repository's other files, so the format check passes on the stored results.
    const style = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(JSON.stringify(results), { ...style, filepath: file }));
    console.log(
      `\n${actors} synthetic actors, ${requests} requests each, one at a time; load ${loadAverage.map((l) => l.toFixed(1)).join(' ')} → ${results.machine.loadAverageEnd.map((l) => l.toFixed(1)).join(' ')}`,
    );
    console.log('| query | p50 ms | p95 ms | max ms | nodes | edges | truncated | kB |');
    console.log('|---|---:|---:|---:|---:|---:|---|---:|');
    for (const t of timed)
      console.log(
        `| ${t.title} | ${t.p50} | ${t.p95} | ${t.max} | ${t.nodes ?? '–'} | ${t.edges ?? '–'} | ${t.truncated ?? '–'} | ${Math.round(t.bytes / 1000)} |`,
      );
    console.log(`\nwritten: ${path.relative(REPO_ROOT, file)}`);
  } finally {
    await server?.stop().catch(() => undefined);
    await driver.close();
    await neo4j.stop();
  }
}

await main();
