import type { ActorImportListField } from '../actor-import.js';
import { type LocalizedText, type Refusal, refusal } from './domain-error.js';
import { REASONS } from './reasons.js';
import { ACTOR_REASONS } from './actors.js';

/** Why an actor import is refused, besides the actor's own reasons (REASONS, ACTOR_REASONS). */
export const IMPORT_REASONS = {
  NOT_BOOLEAN: REASONS.NOT_BOOLEAN,
  DUPLICATE_NAME: ACTOR_REASONS.DUPLICATE_NAME,
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  UNKNOWN_CATEGORY: 'UNKNOWN_CATEGORY',
  UNKNOWN_ACTION_FIELD: 'UNKNOWN_ACTION_FIELD',
  UNKNOWN_REGION: 'UNKNOWN_REGION',
  EMPTY: 'EMPTY',
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
  IMPORT_REJECTED: 'IMPORT_REJECTED',
  REFERENCE_CHANGED: 'REFERENCE_CHANGED',
} as const;

const UNKNOWN: Record<ActorImportListField, { reason: string; de: string; en: string }> = {
  categories: { reason: IMPORT_REASONS.UNKNOWN_CATEGORY, de: 'Die Akteurskategorie', en: 'actor category' },
  actionFields: { reason: IMPORT_REASONS.UNKNOWN_ACTION_FIELD, de: 'Das Handlungsfeld', en: 'action field' },
  regions: { reason: IMPORT_REASONS.UNKNOWN_REGION, de: 'Die Region', en: 'region' },
};

const count = (n: number, locale: 'de-DE' | 'en-GB') => n.toLocaleString(locale);

/** Their messages. */
export const IMPORT_REFUSALS = {
  statewideNotYesNo: (cell: string): Refusal =>
    refusal(
      IMPORT_REASONS.NOT_BOOLEAN,
      `„Landesweit“ muss „ja“ oder „nein“ sein, nicht „${cell}“.`,
      `"Statewide" must be "ja" (yes) or "nein" (no), not "${cell}".`,
    ),
  duplicateInFile: (name: string, firstLine: number): Refusal =>
    refusal(
      IMPORT_REASONS.DUPLICATE_IN_FILE,
      `Der Name „${name}“ steht schon in Zeile ${firstLine} dieser Datei.`,
      `The name "${name}" already appears in row ${firstLine} of this file.`,
    ),
  unknownValue: (column: ActorImportListField, value: string): Refusal => {
    const kind = UNKNOWN[column];
    return refusal(
      kind.reason,
      `${kind.de} „${value}“ gibt es nicht. Bitte Namen oder Schlüssel verwenden, getrennt durch „|“ oder „,“.`,
      `There is no ${kind.en} "${value}". Please use names or keys, separated by "|" or ",".`,
    );
  },
  noRows: (): Refusal =>
    refusal(IMPORT_REASONS.EMPTY, 'Die Datei enthält keine Datenzeilen.', 'The file has no data rows.'),
  tooManyRows: (max: number, rows: number): Refusal =>
    refusal(
      IMPORT_REASONS.TOO_MANY_ROWS,
      `Höchstens ${count(max, 'de-DE')} Zeilen auf einmal (jetzt ${count(rows, 'de-DE')}).`,
      `At most ${count(max, 'en-GB')} rows at once (now ${count(rows, 'en-GB')}).`,
    ),
  /** A row's refusal as the whole import names it. */
  inRow: (line: number, { reason, message }: Refusal): Refusal =>
    refusal(reason, `Zeile ${line}: ${message.de}`, `Row ${line}: ${message.en}`),
  /** Nothing was written; `first`: the first problem's message, already naming its row. */
  rejected: (rows: number, first: LocalizedText): Refusal =>
    refusal(
      IMPORT_REASONS.IMPORT_REJECTED,
      `${rows === 1 ? 'Eine Zeile enthält' : `${rows} Zeilen enthalten`} Fehler; es wurde nichts importiert. ${first.de}`,
      `${rows === 1 ? 'One row has' : `${rows} rows have`} problems; nothing was imported. ${first.en}`,
    ),
  referenceChanged: (): Refusal =>
    refusal(
      IMPORT_REASONS.REFERENCE_CHANGED,
      'Eine Kategorie, ein Handlungsfeld oder eine Region wurde gerade geändert. Bitte prüfen Sie die Datei erneut.',
      'A category, action field or region has just changed. Please check the file again.',
    ),
};
