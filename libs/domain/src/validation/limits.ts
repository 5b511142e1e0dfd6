/** Limits shared by server validation and client forms. Lengths count characters, not UTF-16 units. */
export const LIMITS = {
  name: 200,
  title: 300,
  description: 10_000,
  shortText: 500,
  email: 254,
  url: 2_000,
  password: { min: 12, max: 256 },
  /** A guideline's version, free text. */
  version: 50,
  /** A legal page's text in one language: a full privacy notice fits, one page stays one small request. */
  legalText: 50_000,
  /** A meeting's minutes, plain text. */
  minutes: 100_000,
  /** Ids one input or filter may list: enough for any real selection, small enough to stay cheap. */
  ids: 100,
  /** A saved graph view's state (JSON: filters, styling, positions, …): 5 000 positioned nodes fit easily. */
  viewState: 2_000_000,
  /** A telephone number: digits, spaces and + ( ) / . - */
  phone: { min: 3, max: 40 },
  /** A good practice's year: none before the network's field existed, at most `ahead` years after this one. */
  year: { min: 1950, ahead: 1 },
  /** A solution approach's progress in percent. */
  progress: { min: 0, max: 100 },
} as const;

/** The years a good practice may name, as of `now`. */
export function yearRange(now: Date = new Date()): { min: number; max: number } {
  return { min: LIMITS.year.min, max: now.getFullYear() + LIMITS.year.ahead };
}
