import { type LocalizedText, type Refusal, refusal } from './domain-error.js';
import { REASONS } from './reasons.js';

/** Why a request as a whole is refused: its page cursor, its size, its shape (besides REASONS). */
export const REQUEST_REASONS = {
  INVALID_CURSOR: 'INVALID_CURSOR',
  CURSOR_ORDER_MISMATCH: 'CURSOR_ORDER_MISMATCH',
  OUT_OF_RANGE: REASONS.OUT_OF_RANGE,
  QUERY_LIMIT: 'QUERY_LIMIT',
} as const;

/** Their messages. */
export const REQUEST_REFUSALS = {
  invalidCursor: (): Refusal =>
    refusal(REQUEST_REASONS.INVALID_CURSOR, 'Der Seitenzeiger ist ungültig.', 'The page cursor is invalid.'),
  /** A cursor of a list sorted by another kind of value (a name where a date belongs). */
  cursorNotForOrder: (): Refusal =>
    refusal(
      REQUEST_REASONS.INVALID_CURSOR,
      'Der Seitenzeiger passt nicht zu dieser Sortierung.',
      'The page cursor does not belong to this sort order.',
    ),
  /** A cursor of the same list in another order. */
  cursorOrderMismatch: (): Refusal =>
    refusal(
      REQUEST_REASONS.CURSOR_ORDER_MISMATCH,
      'Der Seitenzeiger gehört zu einer anders sortierten Liste.',
      'The page cursor belongs to a list in another order.',
    ),
  /** The neighbourhood of a node reaches one or two steps. */
  depth: (): Refusal =>
    refusal(REQUEST_REASONS.OUT_OF_RANGE, 'Die Tiefe muss 1 oder 2 sein.', 'The depth must be 1 or 2.'),
  tooDeep: (depth: number, max: number): Refusal =>
    refusal(
      REQUEST_REASONS.QUERY_LIMIT,
      `Die Anfrage ist zu tief verschachtelt (${depth} Ebenen, erlaubt sind ${max}).`,
      `The query is nested too deeply (${depth} levels, at most ${max} allowed).`,
    ),
  tooManyAliases: (aliases: number, max: number): Refusal =>
    refusal(
      REQUEST_REASONS.QUERY_LIMIT,
      `Die Anfrage nutzt zu viele Aliasse (${aliases}, erlaubt sind ${max}).`,
      `The query uses too many aliases (${aliases}, at most ${max} allowed).`,
    ),
  tooExpensive: (cost: number, max: number): Refusal =>
    refusal(
      REQUEST_REASONS.QUERY_LIMIT,
      `Die Anfrage ist zu aufwendig (Kosten ${cost}, erlaubt sind ${max}).`,
      `The query is too expensive (cost ${cost}, at most ${max} allowed).`,
    ),
};

/** What a client reads for failures that are not refusals (no reason key). */
export const FAILURE_MESSAGES = {
  /** Anything unexpected: the details stay in the server's log. */
  unexpected: (): LocalizedText => ({
    de: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
    en: 'An unexpected error occurred. Please try again.',
  }),
  /** An error of the GraphQL layer (parse, schema, variables, …) keeps its English text and gains a German one. */
  graphqlLayer: (code: string, english: string): LocalizedText => {
    switch (code) {
      case 'GRAPHQL_PARSE_FAILED':
        return { de: `Die Anfrage ist syntaktisch fehlerhaft: ${english}`, en: english };
      case 'GRAPHQL_VALIDATION_FAILED':
        return { de: `Die Anfrage passt nicht zum Schema: ${english}`, en: english };
      case 'BAD_USER_INPUT':
        return { de: `Ungültige Eingabe: ${english}`, en: english };
      case 'UNAUTHENTICATED':
        return { de: 'Bitte melden Sie sich an.', en: english };
      case 'FORBIDDEN':
        return { de: 'Dafür fehlt Ihnen die Berechtigung.', en: english };
      default:
        return { de: english, en: english };
    }
  },
};
