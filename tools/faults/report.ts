// The console table, the summary line and the results file of a fault run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import type { CycleResult, FaultKind } from './cycle.ts';
import type { Verdict } from './verify.ts';

const COLUMNS = [
  ['#', 3],
  ['kill -9', 7],
  ['sent', 5],
  ['acked', 5],
  ['retries', 7],
  ['lost answers', 12],
  ['present', 7],
  ['missing', 7],
  ['duplicates', 10],
  ['time', 7],
  ['recovery', 0],
] as const;

export function tableHeader(): string {
  const head = COLUMNS.map(([name, width]) => name.padStart(width)).join('  ');
  return `${head}\n${'-'.repeat(head.length + 40)}`;
}

export function tableRow(r: CycleResult): string {
  const cells = [
    r.cycle,
    r.kind,
    r.sent,
    r.acknowledged,
    r.retries,
    r.answeredFromEarlier,
    r.present,
    r.missing.length,
    r.duplicates,
    `${(r.ms / 1000).toFixed(1)} s`,
    recoveryNote(r),
  ];
  return cells.map((cell, i) => String(cell).padStart(COLUMNS[i][1])).join('  ');
}

function recoveryNote(r: CycleResult): string {
  const rec = r.recovery;
  const back = `API ready ${(rec.apiBackMs / 1000).toFixed(1)} s after the kill`;
  if (r.kind === 'api') return back;
  const api = rec.apiSurvived ? 'API stayed up' : 'API died';
  const restarted = rec.apiRestarted ? ', API restarted by hand' : ', API reconnected by itself';
  return `${api} (/ready ${rec.readyWhileDown}), Neo4j back ${((rec.neo4jBackMs ?? 0) / 1000).toFixed(1)} s${restarted}; ${back}`;
}

export interface KindTotals {
  cycles: number;
  sent: number;
  acknowledged: number;
  present: number;
  missing: number;
  duplicates: number;
  retries: number;
  answeredFromEarlier: number;
}

export function totalsByKind(results: CycleResult[]): Record<FaultKind, KindTotals> {
  const totals = (kind: FaultKind): KindTotals => {
    const of = results.filter((r) => r.kind === kind);
    const sum = (pick: (r: CycleResult) => number) => of.reduce((s, r) => s + pick(r), 0);
    return {
      cycles: of.length,
      sent: sum((r) => r.sent),
      acknowledged: sum((r) => r.acknowledged),
      present: sum((r) => r.present),
      missing: sum((r) => r.missing.length),
      duplicates: sum((r) => r.duplicates),
      retries: sum((r) => r.retries),
      answeredFromEarlier: sum((r) => r.answeredFromEarlier),
    };
  };
  return { api: totals('api'), neo4j: totals('neo4j') };
}

/** Anything other than "every acknowledged create stored exactly once, nothing refused". */
export function problems(results: CycleResult[], final: Verdict | undefined): string[] {
  const found: string[] = [];
  for (const r of results) {
    const at = `cycle ${r.cycle} (${r.kind})`;
    if (r.missing.length) found.push(`${at}: ${r.missing.length} acknowledged creates missing`);
    if (r.duplicates) found.push(`${at}: ${r.duplicates} duplicates (${r.duplicateTitles.join('; ')})`);
    if (r.historyExtra || r.historyMissing)
      found.push(`${at}: history ${r.historyExtra} extra / ${r.historyMissing} missing create entries`);
    if (r.rejected.length) found.push(`${at}: ${r.rejected.length} creates refused: ${r.rejected[0]}`);
  }
  if (final && (final.missing.length || final.duplicates || final.historyExtra))
    found.push(
      `final check: ${final.missing.length} missing, ${final.duplicates} duplicates, ${final.historyExtra} extra history entries`,
    );
  return found;
}

/** Not a loss, but the cycle proved less: creates still unacknowledged when its time was up. */
export function warnings(results: CycleResult[]): string[] {
  return results
    .filter((r) => r.acknowledged < r.sent)
    .map(
      (r) =>
        `cycle ${r.cycle} (${r.kind}): ${r.sent - r.acknowledged} creates not acknowledged within the cycle's time ` +
        `(${r.unacknowledgedPresent} of them stored)`,
    );
}

export function summaryLine(results: CycleResult[], failures: string[]): string {
  const t = totalsByKind(results);
  const all = (k: keyof KindTotals) => t.api[k] + t.neo4j[k];
  const kills = `${t.api.cycles} API + ${t.neo4j.cycles} Neo4j kills`;
  const verdict = failures.length === 0 ? 'OK' : `FAILED (${failures.length} problems)`;
  return (
    `${verdict}: ${kills}; ${all('acknowledged')}/${all('sent')} creates acknowledged, ` +
    `${all('present')} present, ${all('missing')} missing, ${all('duplicates')} duplicates; ` +
    `${all('retries')} retries, ${all('answeredFromEarlier')} lost answers recovered by the id`
  );
}

/** Written as Prettier would write it, so `prettier --check .` in `npm test` stays quiet. */
export async function writeResults(file: string, results: unknown): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(JSON.stringify(results), { ...options, filepath: file }));
}
