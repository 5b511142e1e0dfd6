import { type LocalizedText, type Refusal, refusal } from './domain-error.js';

/**
 * The reasons every concept shares. The keys are stable: clients and tests read them from
 * `extensions.reason` and `extensions.issues[].reason`, so a key is never renamed.
 */
export const REASONS = {
  REQUIRED: 'REQUIRED',
  NOT_TEXT: 'NOT_TEXT',
  TOO_LONG: 'TOO_LONG',
  INVALID_EMAIL: 'INVALID_EMAIL',
  INVALID_URL: 'INVALID_URL',
  INVALID_ID: 'INVALID_ID',
  TOO_MANY: 'TOO_MANY',
  NOT_BOOLEAN: 'NOT_BOOLEAN',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  INVALID: 'INVALID',
  NOT_FOUND: 'NOT_FOUND',
  WRONG_TYPE: 'WRONG_TYPE',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;

const count = (n: number, locale: 'de-DE' | 'en-GB') => n.toLocaleString(locale);

/**
 * Their messages. `label` names the field or thing as a sentence starts with it („Der Titel“,
 * "The title"; see FIELD_LABELS), so one wording serves every field.
 */
export const REFUSALS = {
  required: (label: LocalizedText): Refusal =>
    refusal(REASONS.REQUIRED, `${label.de} ist erforderlich.`, `${label.en} is required.`),
  notText: (label: LocalizedText): Refusal =>
    refusal(REASONS.NOT_TEXT, `${label.de} muss ein Text sein.`, `${label.en} must be text.`),
  tooLong: (label: LocalizedText, max: number): Refusal =>
    refusal(
      REASONS.TOO_LONG,
      `${label.de} darf höchstens ${count(max, 'de-DE')} Zeichen lang sein.`,
      `${label.en} may be at most ${count(max, 'en-GB')} characters long.`,
    ),
  invalidEmail: (label: LocalizedText): Refusal =>
    refusal(
      REASONS.INVALID_EMAIL,
      `${label.de} ist keine gültige E-Mail-Adresse.`,
      `${label.en} is not a valid e-mail address.`,
    ),
  invalidUrl: (label: LocalizedText): Refusal =>
    refusal(
      REASONS.INVALID_URL,
      `${label.de} muss eine Webadresse sein, die mit http:// oder https:// beginnt.`,
      `${label.en} must be a web address starting with http:// or https://.`,
    ),
  notBoolean: (label: LocalizedText): Refusal =>
    refusal(
      REASONS.NOT_BOOLEAN,
      `${label.de} muss wahr oder falsch sein.`,
      `${label.en} must be true or false.`,
    ),
  outOfRange: (label: LocalizedText, min: number, max: number): Refusal =>
    refusal(
      REASONS.OUT_OF_RANGE,
      `${label.de} muss zwischen ${min} und ${max} liegen.`,
      `${label.en} must be between ${min} and ${max}.`,
    ),
  /** An id list of filters and links (`label`: the argument's name in quotes) holding a blank id. */
  emptyId: (label: LocalizedText): Refusal =>
    refusal(REASONS.REQUIRED, `${label.de} enthält eine leere ID.`, `${label.en} contains an empty id.`),
  tooManyIds: (label: LocalizedText, max: number): Refusal =>
    refusal(
      REASONS.TOO_MANY,
      `${label.de} darf höchstens ${max} IDs enthalten.`,
      `${label.en} may list at most ${max} ids.`,
    ),
  /** A named list of ids (`label`: „Die Regionen“) that is not a list of non-blank ids. */
  notAnIdList: (label: LocalizedText): Refusal =>
    refusal(
      REASONS.INVALID_ID,
      `${label.de} müssen als Liste gültiger IDs angegeben werden.`,
      `${label.en} must be given as a list of valid ids.`,
    ),
  tooManyEntries: (label: LocalizedText, max: number): Refusal =>
    refusal(
      REASONS.TOO_MANY,
      `${label.de}: höchstens ${max} Einträge.`,
      `${label.en}: at most ${max} entries.`,
    ),
  invalid: (): Refusal => refusal(REASONS.INVALID, 'Die Eingabe ist ungültig.', 'The input is invalid.'),
  /** `thing`: what was looked for as a sentence starts with it (ENTITY_LABELS' singular, RECORD_LABELS). */
  notFound: (thing: LocalizedText, id: string): Refusal =>
    refusal(
      REASONS.NOT_FOUND,
      `${thing.de} mit der ID „${id}“ wurde nicht gefunden.`,
      `${thing.en} with id "${id}" was not found.`,
    ),
  wrongType: (id: string, expected: LocalizedText, found: LocalizedText): Refusal =>
    refusal(
      REASONS.WRONG_TYPE,
      `Die ID „${id}“ bezeichnet kein Objekt vom Typ „${expected.de}“, sondern „${found.de}“.`,
      `The id "${id}" does not name a ${expected.en} but a ${found.en}.`,
    ),
  forbidden: (): Refusal =>
    refusal(REASONS.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.', 'You are not allowed to do this.'),
  unauthenticated: (): Refusal =>
    refusal(REASONS.UNAUTHENTICATED, 'Bitte melden Sie sich an.', 'Please sign in.'),
};
