// CSV as German Excel reads and writes it: semicolon-separated, UTF-8 with a byte order mark (without
// it Excel guesses Windows-1252 and garbles umlauts), CRLF line ends, fields quoted only when needed.

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet treat a cell as a formula (and tab/CR, which some use to smuggle
 * one in). Such cells get a leading apostrophe so a cell like `=HYPERLINK(…)` is shown, never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as it is safe to open in a spreadsheet. Numbers and booleans are data, never formulas. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, the header row, then one line per row, every line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(CSV_SEPARATOR));
  return BOM + lines.join(CRLF) + CRLF;
}

export class CsvParseError extends Error {
  readonly line: number;

  constructor(line: number) {
    super(`unterminated quoted field starting in line ${line}`);
    this.name = 'CsvParseError';
    this.line = line;
  }
}

/**
 * The separator of a file: the one of `;`, `,` and tab that occurs most in its first line outside
 * quotes; `;` when none does (a file with a single column).
 */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char] += 1;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : CSV_SEPARATOR;
}

export interface ParsedCsv {
  /** Each record with the line of the file it starts on (1-based), as a person sees it in an editor. */
  records: { line: number; cells: string[] }[];
  separator: string;
}

/**
 * Reads CSV text (RFC 4180 plus what spreadsheets write): optional BOM, CRLF, LF or CR line ends,
 * quoted fields with doubled quotes and line breaks inside. Throws CsvParseError for a quote never closed.
 */
export function parseCsv(input: string, separator = detectSeparator(input)): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const records: ParsedCsv['records'] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  let fieldStarted = false;

  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === separator) {
      endField();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvParseError(quoteLine);
  if (field !== '' || cells.length > 0) endRecord();
  return { records, separator };
}

/**
 * The text of an uploaded file: UTF-8 (with or without BOM), or, when the bytes are not valid UTF-8,
 * Windows-1252, which older Excel versions still write for "CSV (Trennzeichen-getrennt)".
 */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** "akteure" → "akteure-2026-03-01.csv" (local date), so repeated exports do not overwrite each other. */
export function csvFileName(base: string, date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${base}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}
