export const SNIPPET_LENGTH = 160;
const LEAD = 40;

/** One code point → one code point, lower case without accents, so positions in both strings agree. */
function fold(chars: string[]): string {
  return chars.map((char) => Array.from(char.toLowerCase().normalize('NFD'))[0] ?? char).join('');
}

/**
 * A short plain-text excerpt of `text` around the first place one of the search words occurs (or its
 * stem-like beginning, since the index matched stems), else its beginning. The client escapes it.
 */
export function snippet(
  text: string | null | undefined,
  terms: string[],
  length = SNIPPET_LENGTH,
): string | null {
  if (!text) return null;
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= length) return chars.join('');
  const haystack = Array.from(fold(chars));
  const position = firstHit(haystack.join(''), terms);
  let start = position === null ? 0 : Math.max(0, position - LEAD);
  if (start > 0) {
    const space = chars.indexOf(' ', start);
    if (space !== -1 && space < (position ?? start)) start = space + 1;
  }
  const end = Math.min(chars.length, start + length);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}

/** Index (in code points) of the earliest occurrence of any term in the folded text. */
function firstHit(folded: string, terms: string[]): number | null {
  const points = Array.from(folded);
  let best: number | null = null;
  for (const term of terms) {
    const word = fold(Array.from(term));
    const candidates = [word, word.slice(0, Math.max(4, word.length - 3))];
    for (const candidate of candidates) {
      const unitIndex = folded.indexOf(candidate);
      if (unitIndex === -1) continue;
      const index = Array.from(folded.slice(0, unitIndex)).length;
      if (best === null || index < best) best = index;
      break;
    }
  }
  return best === null ? null : Math.min(best, points.length);
}
