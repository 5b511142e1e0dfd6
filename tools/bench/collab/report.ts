// The console tables of the co-editing benchmark, with the issue's targets.
import type { CollabBenchResults } from './run.ts';

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const ratio = (ours: number, theirs: number | undefined) =>
  theirs === undefined || !theirs ? '–' : `${(ours / theirs).toFixed(2)}×`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function table(head: string[], rows: (string | number)[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  return [line(head), '-'.repeat(widths.reduce((s, w) => s + w + 2, -2)), ...rows.map(line)];
}

/** The issue's targets, judged on this run. */
export function verdicts(r: CollabBenchResults): string[] {
  const out: string[] = [];
  const at = (editors: number, docs = 1) =>
    r.latency.find((l) => l.ours.editorsPerDoc === editors && l.ours.docs === docs);
  const fifty = at(50);
  if (fifty)
    out.push(
      `p99 at 50 editors ≤ 25 ms: ${ms(fifty.ours.p99)} → ${fifty.ours.p99 <= 25 ? 'met' : 'NOT met'}` +
        (r.neo4jFloor ? ` (one Neo4j write transaction alone: p99 ${ms(r.neo4jFloor.p99)})` : ''),
    );
  const twoHundred = at(200);
  if (twoHundred?.reference) {
    const factor = twoHundred.ours.p99 / twoHundred.reference.p99;
    const admitted = twoHundred.ours.admittedPerDoc;
    out.push(
      `p99 at 200 editors ≤ 1.5× the reference: ${factor.toFixed(2)}× → ${factor <= 1.5 ? 'met' : 'NOT met'}` +
        (admitted < 200 ? ` (ours admitted ${admitted} of 200: ${twoHundred.ours.refused.join(', ')})` : ''),
    );
  }
  if (r.throughput.length) {
    const best = r.throughput.reduce((a, b) =>
      b.ours.updatesPerSecond > a.ours.updatesPerSecond ? b : a,
    ).ours;
    out.push(
      `≥ 10,000 updates/s: ${best.updatesPerSecond.toFixed(0)} (server cpu ${best.serverCpu.toFixed(2)}, ` +
        `${best.updatesPerCpuSecond.toFixed(0)} per cpu-second) → ${best.updatesPerSecond >= 10_000 ? 'met' : 'NOT met'}`,
    );
  }
  for (const load of r.load) {
    const limit = load.ours.targetBytes >= 1_000_000 ? 500 : 150;
    out.push(
      `cold load ${kb(load.ours.targetBytes)} ≤ ${limit} ms: p50 ${ms(load.ours.p50)}, max ${ms(load.ours.max)} → ` +
        `${load.ours.p50 <= limit ? 'met' : 'NOT met'} (p50)${load.ours.max > limit ? ', max above' : ''}`,
    );
  }
  if (r.memory) {
    const per = r.memory.ours.bytesPerDocument;
    out.push(
      `≤ 150 KB per idle open 20 KB document: ${kb(per)} → ${per <= 150 * 1024 ? 'met' : 'NOT met'}; ` +
        `documents in memory after the last client left: ${r.memory.ours.documentsAfterLeaving} → ` +
        `${r.memory.ours.documentsAfterLeaving === 0 ? 'unloaded' : 'NOT unloaded'}`,
    );
  }
  for (const { ours, reference } of r.latency)
    for (const result of reference ? [ours, reference] : [ours])
      if (result.deliveries < result.deliveriesExpected)
        out.push(
          `${result === ours ? 'ours' : 'reference'}, ${result.docs} × ${result.editorsPerDoc} editors: only ` +
            `${result.deliveries} of ${result.deliveriesExpected} deliveries arrived within 10 s after the end; ` +
            'its percentiles leave the missing ones out',
        );
  return out;
}

export function printTables(r: CollabBenchResults, say: (line: string) => void): void {
  say(
    `load average at start ${r.machine.loadAverageAtStart.join(' ')}, at end ${r.machine.loadAverageAtEnd.join(' ')}`,
  );
  if (r.neo4jFloor) {
    const f = r.neo4jFloor;
    say(
      `\nNeo4j alone, ${f.transactions} single write transactions at 20/s: ` +
        `p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, p99 ${ms(f.p99)}, max ${ms(f.max)}`,
    );
  }
  if (r.latency.length) {
    say('\nPropagation latency (client → server → other clients)');
    const rows = r.latency.map(({ ours, reference }) => [
      `${ours.docs > 1 ? `${ours.docs} docs × ` : ''}${ours.editorsPerDoc}`,
      `${ours.admittedPerDoc}`,
      `${ours.updatesPerSecondPerDoc}/s`,
      `${ours.deliveries}/${ours.deliveriesExpected}`,
      ms(ours.p50),
      ms(ours.p95),
      ms(ours.p99),
      ms(ours.max),
      ours.serverCpu.toFixed(2),
      ms(reference?.p50),
      ms(reference?.p99),
      reference ? `${reference.deliveries}/${reference.deliveriesExpected}` : '–',
      ratio(ours.p99, reference?.p99),
    ]);
    for (const line of table(
      [
        'editors',
        'admitted',
        'rate/doc',
        'delivered',
        'p50',
        'p95',
        'p99',
        'max',
        'cpu',
        'ref p50',
        'ref p99',
        'ref delivered',
        'p99 ratio',
      ],
      rows,
    ))
      say(line);
  }
  if (r.throughput.length) {
    say('\nBurst throughput (updates stored and relayed per second; per CPU-second: with a core of its own)');
    for (const line of table(
      ['burst', 'ours', 'ours cpu', 'ours per cpu-s', 'reference', 'ref cpu', 'ref per cpu-s', 'ours ÷ ref'],
      r.throughput.map(({ ours, reference }) => [
        `${ours.docs} × ${ours.updatesPerDoc}`,
        `${ours.updatesPerSecond.toFixed(0)}/s`,
        ours.serverCpu.toFixed(2),
        ours.updatesPerCpuSecond.toFixed(0),
        reference ? `${reference.updatesPerSecond.toFixed(0)}/s` : '–',
        reference ? reference.serverCpu.toFixed(2) : '–',
        reference ? reference.updatesPerCpuSecond.toFixed(0) : '–',
        reference ? (ours.updatesPerSecond / reference.updatesPerSecond).toFixed(2) : '–',
      ]),
    ))
      say(line);
  }
  if (r.load.length) {
    say('\nCold load (fresh client: connect → synced)');
    for (const line of table(
      ['document', 'state', 'loads', 'p50', 'max', 'ref p50 (in memory)', 'ref max', 'p50 ratio'],
      r.load.map(({ ours, reference }) => [
        kb(ours.targetBytes),
        kb(ours.stateBytes.reduce((s, b) => s + b, 0) / ours.stateBytes.length),
        ours.loads,
        ms(ours.p50),
        ms(ours.max),
        ms(reference?.p50),
        ms(reference?.max),
        ratio(ours.p50, reference?.p50),
      ]),
    ))
      say(line);
  }
  if (r.memory) {
    const { ours, reference } = r.memory;
    say('\nMemory (heap after GC) per idle open document, one idle client each');
    for (const line of table(
      ['server', 'documents', 'state', 'per document', 'open docs after all left'],
      [
        ['ours', ours.docs, kb(ours.stateBytes), kb(ours.bytesPerDocument), ours.documentsAfterLeaving],
        ...(reference
          ? [
              [
                'reference',
                reference.docs,
                kb(reference.stateBytes),
                kb(reference.bytesPerDocument),
                reference.documentsAfterLeaving,
              ],
            ]
          : []),
      ],
    ))
      say(line);
  }
  say('\nTargets');
  for (const line of verdicts(r)) say(`  ${line}`);
}
