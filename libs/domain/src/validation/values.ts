// How checked input is stored: what counts as absent, and id lists in one order.

/** Blank optional text is stored as absent; anything else exactly as given. */
export function blankAsNull(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Empty optional text is stored as absent; anything else (white space too) exactly as given. */
export function emptyAsNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** Ids without repeats, sorted, so a list compares equal whatever order it was given in. */
export function idSet(ids: readonly string[] | null | undefined): string[] {
  return [...new Set(ids ?? [])].sort();
}
