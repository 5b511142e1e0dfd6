/** Longest user text a search considers; longer input is cut, not refused, so typing never errors. */
export const SEARCH_TEXT_MAX = 200;
const MAX_TERMS = 12;

// Lucene's query syntax characters. Words are cut at every non-letter/digit anyway; escaping what
// remains is the second line of defence should that split ever let one through.
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/**
 * The words of a user's search text: letters and digits only, in order, at most a dozen. Upper-case
 * AND/OR/NOT/TO are dropped when other words remain: people type them meaning "both", and as required
 * words they would exclude every text that lacks the English word.
 */
export function searchTerms(text: string | null | undefined): string[] {
  if (typeof text !== 'string') return [];
  const words = text.slice(0, SEARCH_TEXT_MAX).match(/[\p{L}\p{N}]+/gu) ?? [];
  const meaningful = words.filter((word) => !OPERATORS.has(word));
  return (meaningful.length > 0 ? meaningful : words).slice(0, MAX_TERMS);
}

function escapeTerm(term: string): string {
  const escaped = term.replace(SPECIAL, (char) => `\\${char}`);
  // Upper-case AND/OR/NOT/TO are operators to Lucene; the analyzer lower-cases everything anyway.
  return OPERATORS.has(escaped) ? escaped.toLowerCase() : escaped;
}

/**
 * Turns free user text into a Lucene query for the full-text index: every word is required, and the
 * last one also matches as a prefix so results appear while typing. The whole word is kept beside the
 * prefix because the index stores stems ("beratungen" as "beratung"), which a prefix of the full word
 * would miss. Returns null when nothing searchable is left (blank text, only punctuation).
 */
export function toLuceneQuery(text: string | null | undefined): string | null {
  const terms = searchTerms(text).map(escapeTerm);
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  return terms.map((term, index) => (index === last ? `+(${term} OR ${term}*)` : `+${term}`)).join(' ');
}
