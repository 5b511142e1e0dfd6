import { type LocalizedText, type Refusal, refusal } from './domain-error.js';

/** Why an actor is refused, besides the common reasons (REASONS). */
export const ACTOR_REASONS = {
  UNKNOWN_ID: 'UNKNOWN_ID',
  DUPLICATE_NAME: 'DUPLICATE_NAME',
} as const;

/** Their messages. */
export const ACTOR_REFUSALS = {
  /** `list`: the list's label (FIELD_LABELS); `kind`: what it lists (ENTITY_LABELS' singular). */
  unknownIds: (list: LocalizedText, kind: LocalizedText, ids: readonly string[]): Refusal =>
    refusal(
      ACTOR_REASONS.UNKNOWN_ID,
      `${list.de}: ${kind.de} mit der ID „${ids.join('“, „')}“ gibt es nicht.`,
      `${list.en}: there is no ${kind.en.toLowerCase()} with id "${ids.join('", "')}".`,
    ),
  /** Names are unique up to case, umlauts and spacing; `existing` is the stored actor's name. */
  duplicateName: (existing: string): Refusal =>
    refusal(
      ACTOR_REASONS.DUPLICATE_NAME,
      `Es gibt bereits einen Akteur mit dem Namen „${existing}“.`,
      `There already is an actor named "${existing}".`,
    ),
};
