import type { LocalizedText } from '../errors/domain-error.js';

/** An argument or field named as it is written in the API, in quotes: „first“, "first". */
export function quoted(name: string): LocalizedText {
  return { de: `„${name}“`, en: `"${name}"` };
}

/** The single id an argument gives, e.g. `Die ID in „actionFieldId“`. */
export function idIn(field: string): LocalizedText {
  return { de: `Die ID in „${field}“`, en: `The id in "${field}"` };
}

/**
 * Every input field as a sentence about it starts („Der Titel ist erforderlich.“), for the messages
 * of REFUSALS and the concept tables. One label per field name, whichever concept has the field.
 */
export const FIELD_LABELS = {
  name: { de: 'Der Name', en: 'The name' },
  title: { de: 'Der Titel', en: 'The title' },
  description: { de: 'Die Beschreibung', en: 'The description' },
  /** The text of a comment. */
  body: { de: 'Der Kommentar', en: 'The comment' },
  /** The commented text, as it stood when the comment was made. */
  quote: { de: 'Das Zitat', en: 'The quote' },
  email: { de: 'Die E-Mail-Adresse', en: 'The e-mail address' },
  url: { de: 'Die Webadresse', en: 'The web address' },
  year: { de: 'Das Jahr', en: 'The year' },
  progress: { de: 'Der Fortschritt', en: 'The progress' },
  version: { de: 'Die Version', en: 'The version' },
  id: { de: 'Die ID', en: 'The id' },
  /** The role of a contact person at an actor (WORKS_FOR). */
  role: { de: 'Die Rolle', en: 'The role' },
  website: { de: 'Die Webseite', en: 'The website' },
  statewide: { de: '„Landesweit“', en: '"Statewide"' },
  categoryIds: { de: 'Die Akteurskategorien', en: 'The actor categories' },
  actionFieldIds: { de: 'Die Handlungsfelder', en: 'The action fields' },
  regionIds: { de: 'Die Regionen', en: 'The regions' },
  function: { de: 'Die Funktion', en: 'The function' },
  phone: { de: 'Die Telefonnummer', en: 'The phone number' },
  actorId: { de: 'Der Akteur', en: 'The actor' },
  displayName: { de: 'Der Anzeigename', en: 'The display name' },
  password: { de: 'Das Passwort', en: 'The password' },
  tokenName: { de: 'Der Name des Tokens', en: 'The token name' },
  textDe: { de: 'Der deutsche Text', en: 'The German text' },
  textEn: { de: 'Der englische Text', en: 'The English text' },
  startDate: { de: 'Der Beginn', en: 'The start' },
  endDate: { de: 'Das Ende', en: 'The end' },
  personId: { de: 'Die Person', en: 'The person' },
  startsAt: { de: 'Der Beginn', en: 'The start' },
  endsAt: { de: 'Das Ende', en: 'The end' },
  place: { de: 'Der Ort', en: 'The place' },
  minutes: { de: 'Das Protokoll', en: 'The minutes' },
  notes: { de: 'Die Notizen', en: 'The notes' },
  decision: { de: 'Der Beschluss', en: 'The decision' },
  dueDate: { de: 'Die Frist', en: 'The due date' },
  first: quoted('first'),
  pathLength: { de: 'Die Pfadlänge', en: 'The path length' },
  /** A saved graph view's state (JSON). */
  state: { de: 'Der Zustand der Ansicht', en: 'The state of the view' },
  shared: { de: '„Geteilt“', en: '"Shared"' },
} satisfies Record<string, LocalizedText>;
