import { type LocalizedText, type Refusal, refusal } from './domain-error.js';

/** Why a contact person is refused, besides the common reasons (REASONS). */
export const PERSON_REASONS = {
  INVALID_PHONE: 'INVALID_PHONE',
  ROLE_WITHOUT_ACTOR: 'ROLE_WITHOUT_ACTOR',
  UNKNOWN_ID: 'UNKNOWN_ID',
} as const;

/** Their messages. */
export const PERSON_REFUSALS = {
  invalidPhone: (label: LocalizedText, min: number, max: number): Refusal =>
    refusal(
      PERSON_REASONS.INVALID_PHONE,
      `${label.de} darf nur Ziffern, Leerzeichen und + ( ) / . - enthalten (${min} bis ${max} Zeichen).`,
      `${label.en} may contain only digits, spaces and + ( ) / . - (${min} to ${max} characters).`,
    ),
  roleWithoutActor: (): Refusal =>
    refusal(
      PERSON_REASONS.ROLE_WITHOUT_ACTOR,
      'Eine Rolle gibt es nur zusammen mit einem Akteur.',
      'A role needs an actor to go with it.',
    ),
  /** `label`: the field naming the actor (FIELD_LABELS.actorId). */
  unknownActor: (label: LocalizedText, id: string): Refusal =>
    refusal(
      PERSON_REASONS.UNKNOWN_ID,
      `${label.de} mit der ID „${id}“ existiert nicht.`,
      `${label.en} with id "${id}" does not exist.`,
    ),
};
