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
 * An actor's properties in the full-text index; the actor list's text filter asks only these (see
 * `fields` below). Lucene builds each inside-a-compound clause (`*beratung*`) once per field asked, at
 * about 0.8 ms whether the field holds terms or not, then scans that field's terms: asked without
 * fields, every property of the index (titles, guideline text) costs that again for no actor hit.
 */
export const ACTOR_SEARCH_FIELDS = ['name', 'description'] as const;

/** Words at least this long also match inside a German compound („Beratung“ → „Anerkennungsberatung“). */
export const COMPOUND_PART_MIN = 5;
/**
 * At most this many words get the inside-a-compound clause, the first ones long enough. Each such
 * clause scans the index's whole term dictionary (about 1.5 ms at 10 000 actors, three quarters of a
 * two-word search); unbounded, twelve long words cost twelve scans.
 */
export const COMPOUND_WORDS_MAX = 4;
// The index stores light stems („Ärztekammer“ as „arztekamm“), so the part is cut to a comparable stem.
const SUFFIXES = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];

function compoundPart(term: string): string {
  const lower = term.toLowerCase();
  const suffix = SUFFIXES.find((ending) => lower.endsWith(ending) && [...lower].length - ending.length >= 4);
  return suffix ? term.slice(0, term.length - suffix.length) : term;
}

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

function clause(
  term: string,
  isLast: boolean,
  insideCompounds: boolean,
  fields: readonly string[] | undefined,
): string {
  const forms = [term];
  if (isLast) forms.push(`${term}*`);
  if (insideCompounds) forms.push(`*${compoundPart(term)}*`);
  const options = fields ? fields.flatMap((field) => forms.map((form) => `${field}:${form}`)) : forms;
  return options.length === 1 ? `+${options[0]}` : `+(${options.join(' OR ')})`;
}

/**
 * Turns free user text into a Lucene query for the full-text index: every word is required, and the
 * last one also matches as a prefix so results appear while typing. The whole word is kept beside the
 * prefix because the index stores stems ("beratungen" as "beratung"), which a prefix of the full word
 * would miss. German compounds are not split by Lucene's analyzer, so longer words also match as a
 * word's tail (a leading wildcard, normalised like the index: lower case, umlauts folded); each costs a
 * scan of the term dictionary, so only the first `COMPOUND_WORDS_MAX` long words get it.
 *
 * `fields`: the index properties to ask (e.g. an actor's `name` and `description`); without them
 * every property of the index is asked. Each word may match in any of them, as without. A scan is
 * per field, so naming only the fields a kind has spares the scans of the others' dictionaries
 * (an actor list need not scan the titles of challenges).
 * Returns null when nothing searchable is left (blank text, only punctuation).
 */
export function toLuceneQuery(text: string | null | undefined, fields?: readonly string[]): string | null {
  if (fields) {
    if (fields.length === 0) throw new Error('toLuceneQuery: an empty field list would match nothing');
    const bad = fields.find((field) => !FIELD_NAME.test(field));
    if (bad !== undefined) throw new Error(`toLuceneQuery: not a field name: ${bad}`);
  }
  const terms = searchTerms(text).map(escapeTerm);
  if (terms.length === 0) return null;
  const last = terms.length - 1;
  let compoundWords = 0;
  return terms
    .map((term, index) => {
      const long = [...term].length >= COMPOUND_PART_MIN && compoundWords < COMPOUND_WORDS_MAX;
      if (long) compoundWords += 1;
      return clause(term, index === last, long, fields);
    })
    .join(' ');
}
