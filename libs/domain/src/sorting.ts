/**
 * A key that sorts German names correctly when compared by code point, as the database does:
 * case-folded, umlauts as their base letter (DIN 5007-1: ä = a), ß as ss, accents removed.
 * Stored beside a name so sorting and keyset paging happen in the index, not in memory.
 */
export function germanSortKey(value: string): string {
  return value
    .trim()
    .toLocaleLowerCase('de-DE')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
}
