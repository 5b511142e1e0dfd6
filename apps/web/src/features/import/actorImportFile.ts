import {
  ACTOR_IMPORT_COLUMNS,
  ACTOR_IMPORT_FIELDS,
  ACTOR_IMPORT_LIMITS,
  type ActorImportField,
  STATEWIDE_CELL,
} from '@netzwerkstatt/domain';
import { CsvParseError, parseCsv, toCsv } from '../../shared/csv/csv';

// Reading an actor CSV file into rows for the server, which resolves names and applies the rules of
// createActor. The client only finds the columns and reports what keeps the file from being read.
// The columns, their headers and the row limit are the server's too (libs/domain actor-import.ts).

export { ACTOR_IMPORT_COLUMNS };
export const IMPORT_FIELDS = ACTOR_IMPORT_FIELDS;
export type ImportField = ActorImportField;

/** One data row as the API takes it: its row number in the file (header = 1) and each cell as written. */
export type ActorImportRow = { line: number } & Partial<Record<ImportField, string>>;

/** More rows than the server takes in one import. */
export const MAX_IMPORT_ROWS = ACTOR_IMPORT_LIMITS.importRows;
/**
 * Files beyond this are not actor lists; refusing them early spares the browser and the server. As JSON
 * the rows grow a little, and the server takes request bodies up to 10 MB.
 */
export const MAX_IMPORT_BYTES = 6 * 1024 * 1024;

export type FileProblem =
  | { kind: 'unterminatedQuote'; line: number }
  | { kind: 'noHeader' }
  | { kind: 'noNameColumn'; headers: string[] }
  | { kind: 'duplicateColumn'; header: string }
  | { kind: 'noRows' }
  | { kind: 'tooManyRows'; count: number };

export interface ActorImportFile {
  rows: ActorImportRow[];
  /** Header cells of columns the import does not know (e.g. "ID" of an export); they are ignored. */
  ignoredHeaders: string[];
  separator: string;
  problems: FileProblem[];
}

const normalize = (header: string) =>
  header
    .trim()
    .toLocaleLowerCase('de-DE')
    .replace(/[\s_\-.]/g, '');

const FIELD_BY_HEADER = new Map<string, ImportField>(
  ACTOR_IMPORT_COLUMNS.flatMap(({ field, header, aliases }) =>
    [header, field, ...aliases].map((name) => [normalize(name), field] as [string, ImportField]),
  ),
);

/**
 * Undoes the export's protection against spreadsheet formulas: a leading apostrophe before = + - @
 * was added by the export (or by a person telling Excel "this is text"), it is not part of the value.
 */
export function unprotectCell(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

export function readActorImportFile(text: string): ActorImportFile {
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvParseError) {
      return {
        rows: [],
        ignoredHeaders: [],
        separator: ';',
        problems: [{ kind: 'unterminatedQuote', line: error.line }],
      };
    }
    throw error;
  }
  // Rows are numbered as a spreadsheet numbers them (blank rows count, a cell with line breaks is one row).
  const nonBlank = parsed.records
    .map((record, index) => ({ line: index + 1, cells: record.cells }))
    .filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [header, ...data] = nonBlank;
  if (!header)
    return { rows: [], ignoredHeaders: [], separator: parsed.separator, problems: [{ kind: 'noHeader' }] };

  const problems: FileProblem[] = [];
  const columnOf = new Map<number, ImportField>();
  const ignoredHeaders: string[] = [];
  header.cells.forEach((cell, index) => {
    const field = FIELD_BY_HEADER.get(normalize(unprotectCell(cell)));
    if (!field) {
      if (cell.trim() !== '') ignoredHeaders.push(cell.trim());
    } else if ([...columnOf.values()].includes(field)) {
      problems.push({ kind: 'duplicateColumn', header: cell.trim() });
    } else {
      columnOf.set(index, field);
    }
  });
  if (![...columnOf.values()].includes('name')) {
    problems.push({ kind: 'noNameColumn', headers: header.cells.map((cell) => cell.trim()).filter(Boolean) });
  }
  if (data.length === 0) problems.push({ kind: 'noRows' });
  if (data.length > MAX_IMPORT_ROWS) problems.push({ kind: 'tooManyRows', count: data.length });

  const rows = data.map((record) => {
    const row: ActorImportRow = { line: record.line };
    for (const [index, field] of columnOf) {
      const cell = record.cells[index];
      if (cell !== undefined && cell !== '') row[field] = unprotectCell(cell);
    }
    return row;
  });
  return { rows: problems.length > 0 ? [] : rows, ignoredHeaders, separator: parsed.separator, problems };
}

export interface TemplateVocabulary {
  categories: string[];
  actionFields: string[];
  regions: string[];
}

/** The template: German headers and one example row in the format the import reads. */
export function actorTemplateCsv(vocabulary: TemplateVocabulary): string {
  const pick = (values: string[], count: number) => values.slice(0, count).join(' | ');
  return toCsv(
    ACTOR_IMPORT_COLUMNS.map((column) => column.header),
    [
      [
        'Beispiel-Beratungsstelle (bitte ersetzen)',
        'Berät zur Anerkennung ausländischer Berufsabschlüsse.',
        'https://www.example.org',
        'kontakt@example.org',
        pick(vocabulary.categories, 2),
        pick(vocabulary.actionFields, 1),
        pick(vocabulary.regions, 2),
        STATEWIDE_CELL.no[0],
      ],
    ],
  );
}
