import { toCsv, type CsvValue } from '../../shared/csv/csv';

/** Leaf values of nested data as (path, value) pairs: `{a: {b: 1}, c: [2, 3]}` → a.b = 1, c.1 = 2, c.2 = 3. */
export function flatten(value: unknown, path = ''): [string, CsvValue][] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[path, '']];
    return value.flatMap((item, index) => flatten(item, path ? `${path}.${index + 1}` : String(index + 1)));
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return [[path, '']];
    return entries.flatMap(([key, inner]) => flatten(inner, path ? `${path}.${key}` : key));
  }
  if (value === null || value === undefined) return [[path, '']];
  return [[path, typeof value === 'object' ? JSON.stringify(value) : (value as CsvValue)]];
}

export interface MyDataLabels {
  header: [section: string, entry: string, field: string, value: string];
  sections: Record<string, string>;
}

/**
 * "My data" as one table a spreadsheet opens: one line per stored value, with the part it belongs to
 * (account, sessions, changes), the number of the entry within that part, the field and the value.
 * Nothing is left out; parts the API adds later appear under their own name.
 */
export function myDataCsv(data: Record<string, unknown>, labels: MyDataLabels): string {
  const rows: CsvValue[][] = [];
  for (const [section, value] of Object.entries(data)) {
    const name = labels.sections[section] ?? section;
    const entries = Array.isArray(value) ? value : [value];
    entries.forEach((entry, index) => {
      for (const [field, leaf] of flatten(entry)) rows.push([name, index + 1, field, leaf]);
    });
  }
  return toCsv(labels.header, rows);
}
