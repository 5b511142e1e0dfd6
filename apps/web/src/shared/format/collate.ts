// German alphabetical order: ä sorts with a, ß with ss, case and accents are secondary.
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export function compareGerman(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A sorted copy; the input is left as it is. */
export function sortGerman<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
