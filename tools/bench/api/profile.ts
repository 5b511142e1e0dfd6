// PROFILEs one Cypher statement and prints its plan compactly: operators with rows and db hits, and
// the totals. For finding out why one side of the benchmark is slower.
// Usage: node tools/bench/api/profile.ts --uri bolt://127.0.0.1:7697 --params '{"id":"…"}' < statement.cypher
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';

const { values } = parseArgs({
  options: {
    uri: { type: 'string', default: 'bolt://127.0.0.1:7697' },
    params: { type: 'string', default: '{}' },
    repeat: { type: 'string', default: '5' },
  },
});
const cypher = readFileSync(0, 'utf8').trim();
// JSON has no integers; Cypher wants them for LIMIT and SKIP.
const params = JSON.parse(values.params, (_key, value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value,
) as Record<string, unknown>;
const driver = neo4j.driver(values.uri, undefined, { disableLosslessIntegers: true });

function walk(plan: ProfiledPlan, depth: number, lines: string[]): number {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ');
  lines.push(
    `${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')} rows=${plan.rows} hits=${plan.dbHits}` +
      (details ? `  ${details.slice(0, 140)}` : ''),
  );
  return plan.dbHits + plan.children.reduce((sum, child) => sum + walk(child, depth + 1, lines), 0);
}

try {
  // Warm the plan cache and the page cache first, then time plain runs, then profile once.
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const times: number[] = [];
  for (let i = 0; i < Number(values.repeat); i += 1) {
    const t0 = performance.now();
    await session.run(cypher, params);
    times.push(performance.now() - t0);
  }
  const result = await session.run(`PROFILE ${cypher}`, params);
  await session.close();
  const plan = result.summary.profile;
  if (!plan) throw new Error('no profile returned');
  const lines: string[] = [];
  const hits = walk(plan, 0, lines);
  console.log(lines.join('\n'));
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `\nrows: ${result.records.length}, db hits: ${hits}, run times (ms): ${sorted.map((t) => t.toFixed(1)).join(' ')}`,
  );
} finally {
  await driver.close();
}
