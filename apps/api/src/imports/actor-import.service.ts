import { Injectable } from '@nestjs/common';
import {
  ACTOR_IMPORT_LIMITS,
  type FieldIssue,
  IMPORT_REFUSALS,
  badField,
  conflict,
  fieldIssue,
  refuse,
} from '@netzwerkstatt/domain';
import { newActorOf } from '../actors/actor-input.check.js';
import { ActorWriteRepository } from '../actors/actor-write.repository.js';
import type { ActorLinks } from '../actors/actor.types.js';
import { Neo4jService, type Tx } from '../database/neo4j.service.js';
import { diff, ChangeLogRepository } from '../store/history/change-log.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import {
  indexVocabulary,
  nameTakenIssue,
  ordered,
  prepareRows,
  type ImportIssue,
  type ImportRow,
  type PreparedRow,
} from './actor-import.rows.js';
import type {
  ActorImportCheckModel,
  ActorImportResultModel,
  ImportIssueModel,
} from './models/actor-import.model.js';

/**
 * Importing actors from a CSV file: every row is checked by the rules createActor applies, and the
 * import creates all rows with their history in one write transaction, or nothing when any row is wrong.
 */
@Injectable()
export class ActorImportService {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly reference: ReferenceService,
    private readonly writes: ActorWriteRepository,
    private readonly history: ChangeLogRepository,
  ) {}

  async check(rows: ImportRow[]): Promise<ActorImportCheckModel> {
    checkRowCount(rows, ACTOR_IMPORT_LIMITS.checkRows);
    const prepared = await this.prepare(rows);
    const taken = await this.neo4j.read((tx) => this.takenNames(tx, prepared));
    const issues = ordered([...prepared.flatMap((row) => row.issues), ...taken]);
    const wrongLines = new Set(issues.map((issue) => issue.line));
    return {
      rows: rows.length,
      validRows: prepared.filter((row) => !wrongLines.has(row.line)).length,
      issues: issues.map(toModel),
    };
  }

  async import(rows: ImportRow[], userId: string): Promise<ActorImportResultModel> {
    checkRowCount(rows, ACTOR_IMPORT_LIMITS.importRows);
    const prepared = await this.prepare(rows);
    const actors = prepared.map((row) => newActorOf(row.input));
    return this.neo4j.write(async (tx) => {
      // Names are checked inside the transaction: someone may have created one of them since the check.
      rejectIfAny([...prepared.flatMap((row) => row.issues), ...(await this.takenNames(tx, prepared))]);
      await this.assertReferencesExist(
        tx,
        actors.map((actor) => actor.links),
      );
      // One statement for all actors and one for their history instead of five per row: a file of
      // 2,000 rows commits in about a second instead of half a minute.
      const created = await this.writes.createMany(tx, actors, userId);
      await this.history.recordMany(
        tx,
        created.map((actor, i) => ({
          entityId: actor.id,
          entityType: 'Actor',
          action: 'create',
          userId,
          changes: diff({}, { ...actors[i].properties, ...actors[i].links }),
        })),
      );
      return { imported: created.length, actorIds: created.map((actor) => actor.id) };
    });
  }

  private async prepare(rows: ImportRow[]): Promise<PreparedRow[]> {
    const [categories, actionFields, regions] = await Promise.all([
      this.reference.actorCategories(),
      this.reference.actionFields(),
      this.reference.regions(),
    ]);
    return prepareRows(rows, indexVocabulary({ categories, actionFields, regions }));
  }

  /** Rows whose name an existing actor already has (the same name up to case, umlauts and spacing). */
  private async takenNames(tx: Tx, rows: PreparedRow[]): Promise<ImportIssue[]> {
    const candidates = rows.flatMap((row) =>
      row.sortKey && !row.issues.some((issue) => issue.field === 'name')
        ? [{ row, sortKey: row.sortKey }]
        : [],
    );
    const taken = await this.writes.namesTaken(tx, [...new Set(candidates.map(({ sortKey }) => sortKey))]);
    return candidates.flatMap(({ row, sortKey }) => {
      const existing = taken.get(sortKey);
      return existing === undefined ? [] : [nameTakenIssue(row, existing)];
    });
  }

  /** Names were resolved to ids of existing reference nodes; this guards against a node removed since. */
  private async assertReferencesExist(tx: Tx, links: ActorLinks[]): Promise<void> {
    const all = (field: keyof ActorLinks) => [...new Set(links.flatMap((link) => link[field]))];
    const unknown = await this.writes.unknownReferences(tx, {
      categoryIds: all('categoryIds'),
      actionFieldIds: all('actionFieldIds'),
      regionIds: all('regionIds'),
    });
    if (Object.values(unknown).some((ids) => ids && ids.length > 0)) {
      throw conflict(IMPORT_REFUSALS.referenceChanged());
    }
  }
}

function checkRowCount(rows: ImportRow[], max: number): void {
  if (rows.length >= 1 && rows.length <= max) return;
  throw badField(
    'rows',
    rows.length === 0 ? IMPORT_REFUSALS.noRows() : IMPORT_REFUSALS.tooManyRows(max, rows.length),
  );
}

/** Nothing is written when any row is wrong; the error names every problem with its line. */
function rejectIfAny(issues: ImportIssue[]): void {
  if (issues.length === 0) return;
  const sorted = ordered(issues);
  const lines = new Set(sorted.map((issue) => issue.line)).size;
  const fieldIssues: FieldIssue[] = sorted.map((issue) =>
    fieldIssue(`rows.${issue.line}.${issue.field}`, IMPORT_REFUSALS.inRow(issue.line, issue)),
  );
  throw refuse('BAD_USER_INPUT', IMPORT_REFUSALS.rejected(lines, fieldIssues[0].message), fieldIssues);
}

function toModel(issue: ImportIssue): ImportIssueModel {
  return {
    line: issue.line,
    field: issue.field,
    reason: issue.reason,
    messageDe: issue.message.de,
    messageEn: issue.message.en,
  };
}
