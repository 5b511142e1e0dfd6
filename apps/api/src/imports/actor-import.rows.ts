import {
  ACTOR_IMPORT_FIELDS,
  ACTOR_REFUSALS,
  type ActorImportField,
  type ActorImportListField,
  DomainError,
  IMPORT_REFUSALS,
  type LocalizedText,
  type Refusal,
  STATEWIDE_CELL,
  germanSortKey,
} from '@netzwerkstatt/domain';
import { checkActorInput, type ActorInputShape } from '../actors/actor-input.check.js';

/** One data row: its number in the file and each column's cell (ACTOR_IMPORT_FIELDS, in file order). */
export type ImportRow = { line: number } & { [F in ActorImportField]?: string | null };

export interface ImportIssue {
  line: number;
  /** A column, or `row` for the row as a whole. */
  field: ActorImportField | 'row';
  reason: string;
  message: LocalizedText;
}

/** The reference data names in a file are resolved against, as stored (names may have been corrected). */
export interface ImportVocabulary {
  categories: { id: string; key: string; name: string; nameEn: string }[];
  actionFields: { id: string; key: string; name: string; nameEn: string; position: number }[];
  regions: { id: string; key: string; name: string }[];
}

export interface PreparedRow {
  line: number;
  /** What createActor gets: the cells with names resolved to ids. */
  input: ActorInputShape;
  sortKey: string | null;
  issues: ImportIssue[];
}

const LIST_FIELDS: {
  field: ActorImportListField;
  idField: 'categoryIds' | 'actionFieldIds' | 'regionIds';
}[] = [
  { field: 'categories', idField: 'categoryIds' },
  { field: 'actionFields', idField: 'actionFieldIds' },
  { field: 'regions', idField: 'regionIds' },
];

/** Where the actor rules name an input field, the import names its column. */
const FIELD_OF_INPUT: Record<string, ActorImportField> = {
  name: 'name',
  description: 'description',
  website: 'website',
  email: 'email',
  statewide: 'statewide',
  categoryIds: 'categories',
  actionFieldIds: 'actionFields',
  regionIds: 'regions',
};

const YES = new Set<string>(STATEWIDE_CELL.yes);
const NO = new Set<string>(STATEWIDE_CELL.no);

export type VocabularyIndex = Record<ActorImportListField, Map<string, string>>;

/** Names, English names, keys (and for action fields positions), folded like sort keys. */
export function indexVocabulary(vocabulary: ImportVocabulary): VocabularyIndex {
  const terms = <T extends { id: string }>(items: T[], termsOf: (item: T) => (string | number)[]) =>
    new Map(
      items.flatMap((item) => termsOf(item).map((term) => [germanSortKey(String(term)), item.id] as const)),
    );
  return {
    categories: terms(vocabulary.categories, (c) => [c.key, c.name, c.nameEn]),
    actionFields: terms(vocabulary.actionFields, (f) => [f.key, f.name, f.nameEn, f.position]),
    regions: terms(vocabulary.regions, (r) => [r.key, r.name]),
  };
}

/**
 * A cell's list of names: separated by „|“ when it has one, otherwise by commas. A cell that is one
 * known name as a whole is taken whole, so a name containing a comma still works.
 */
export function splitList(cell: string, known: Map<string, string>): string[] {
  const whole = cell.trim();
  if (whole === '') return [];
  if (known.has(germanSortKey(whole))) return [whole];
  const separator = whole.includes('|') ? '|' : ',';
  return whole
    .split(separator)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Turns the rows' cells into actor inputs and lists every problem the actor rules find in them. */
export function prepareRows(rows: ImportRow[], index: VocabularyIndex): PreparedRow[] {
  const prepared = rows.map((row) => prepareRow(row, index));
  markDuplicatesInFile(prepared);
  return prepared;
}

function prepareRow(row: ImportRow, index: VocabularyIndex): PreparedRow {
  const issues: ImportIssue[] = [];
  const input: ActorInputShape = {
    name: row.name ?? '',
    description: row.description ?? null,
    website: row.website?.trim() || null,
    email: row.email?.trim() || null,
  };

  for (const { field, idField } of LIST_FIELDS) {
    const ids: string[] = [];
    for (const value of splitList(row[field] ?? '', index[field])) {
      const id = index[field].get(germanSortKey(value));
      if (id) ids.push(id);
      else issues.push(importIssue(row.line, field, IMPORT_REFUSALS.unknownValue(field, value)));
    }
    input[idField] = ids;
  }

  const statewide = (row.statewide ?? '').trim().toLocaleLowerCase('de-DE');
  if (YES.has(statewide)) input.statewide = true;
  else if (statewide === '' || NO.has(statewide)) input.statewide = false;
  else {
    issues.push(importIssue(row.line, 'statewide', IMPORT_REFUSALS.statewideNotYesNo(row.statewide ?? '')));
  }

  try {
    checkActorInput(input, 'create');
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    for (const issue of error.issues) {
      issues.push(importIssue(row.line, FIELD_OF_INPUT[issue.field] ?? 'row', issue));
    }
  }

  const name = typeof input.name === 'string' ? input.name.trim() : '';
  return { line: row.line, input, sortKey: name ? germanSortKey(name) : null, issues: ordered(issues) };
}

/** Actor names are unique up to case, umlauts and spacing; within one file as against the database. */
function markDuplicatesInFile(rows: PreparedRow[]): void {
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (!row.sortKey) continue;
    const first = firstLine.get(row.sortKey);
    if (first === undefined) {
      firstLine.set(row.sortKey, row.line);
      continue;
    }
    row.issues = ordered([
      ...row.issues,
      importIssue(row.line, 'name', IMPORT_REFUSALS.duplicateInFile(String(row.input.name).trim(), first)),
    ]);
  }
}

export function nameTakenIssue(row: PreparedRow, existing: string): ImportIssue {
  return importIssue(row.line, 'name', ACTOR_REFUSALS.duplicateName(existing));
}

function importIssue(line: number, field: ImportIssue['field'], { reason, message }: Refusal): ImportIssue {
  return { line, field, reason, message };
}

/** By line, then in column order, so a report reads like the file. */
export function ordered(issues: ImportIssue[]): ImportIssue[] {
  const column = (field: ImportIssue['field']) => (field === 'row' ? -1 : ACTOR_IMPORT_FIELDS.indexOf(field));
  return [...issues].sort((a, b) => a.line - b.line || column(a.field) - column(b.field));
}
