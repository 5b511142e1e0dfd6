import { germanSortKey, InputCheck, LIMITS, LocalizedText } from '@netzwerkstatt/domain';
import type { ActorLinks, ActorProperties } from './actor.types.js';

export const ACTOR_LABELS = {
  name: { de: 'Der Name', en: 'The name' },
  description: { de: 'Die Beschreibung', en: 'The description' },
  website: { de: 'Die Webseite', en: 'The website' },
  email: { de: 'Die E-Mail-Adresse', en: 'The e-mail address' },
  statewide: { de: '„Landesweit“', en: '"Statewide"' },
  categoryIds: { de: 'Die Akteurskategorien', en: 'The actor categories' },
  actionFieldIds: { de: 'Die Handlungsfelder', en: 'The action fields' },
  regionIds: { de: 'Die Regionen', en: 'The regions' },
} satisfies Record<string, LocalizedText>;

/** More links of one kind than any real actor has; the bound keeps a single request small. */
export const MAX_LINKS = 100;

export interface ActorInputShape {
  name?: unknown;
  description?: unknown;
  website?: unknown;
  email?: unknown;
  statewide?: unknown;
  categoryIds?: unknown;
  actionFieldIds?: unknown;
  regionIds?: unknown;
}

/**
 * Checks the shape of an actor input without the database (lengths, formats, list sizes). On update
 * only fields that are present are checked; a present name must still be non-empty.
 */
export function checkActorInput(input: ActorInputShape, mode: 'create' | 'update'): void {
  const check = new InputCheck();
  if (mode === 'create' || input.name !== undefined) {
    check.requiredText('name', ACTOR_LABELS.name, input.name, LIMITS.name);
  }
  check
    .optionalText('description', ACTOR_LABELS.description, input.description, LIMITS.description)
    .optionalUrl('website', ACTOR_LABELS.website, input.website)
    .optionalEmail('email', ACTOR_LABELS.email, input.email);
  if (input.statewide !== undefined && !(mode === 'create' && input.statewide === null)) {
    check.custom('statewide', typeof input.statewide === 'boolean', 'NOT_BOOLEAN', {
      de: `${ACTOR_LABELS.statewide.de} muss wahr oder falsch sein.`,
      en: `${ACTOR_LABELS.statewide.en} must be true or false.`,
    });
  }
  for (const field of ['categoryIds', 'actionFieldIds', 'regionIds'] as const) {
    checkIdList(check, field, ACTOR_LABELS[field], input[field]);
  }
  check.done();
}

export function checkIdList(check: InputCheck, field: string, label: LocalizedText, value: unknown): void {
  if (value === undefined || value === null) return;
  const ok = Array.isArray(value) && value.every((id) => typeof id === 'string' && id.trim().length > 0);
  check.custom(field, ok, 'INVALID_ID', {
    de: `${label.de} müssen als Liste gültiger IDs angegeben werden.`,
    en: `${label.en} must be given as a list of valid ids.`,
  });
  if (ok) {
    check.custom(field, (value as string[]).length <= MAX_LINKS, 'TOO_MANY', {
      de: `${label.de}: höchstens ${MAX_LINKS} Einträge.`,
      en: `${label.en}: at most ${MAX_LINKS} entries.`,
    });
  }
}

/** The links given in an input, de-duplicated and sorted; absent lists stay absent (update keeps them). */
export function linksOf(input: ActorInputShape): Partial<ActorLinks> {
  const links: Partial<ActorLinks> = {};
  for (const field of ['categoryIds', 'actionFieldIds', 'regionIds'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    links[field] = value === null ? [] : [...new Set(value as string[])].sort();
  }
  return links;
}

/** An optional text as stored: empty means absent. */
export function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A new actor as stored (properties, links, sort key), from an input that passed `checkActorInput`. */
export function newActorOf(input: ActorInputShape): {
  properties: ActorProperties;
  links: ActorLinks;
  sortKey: string;
} {
  const properties: ActorProperties = {
    name: (input.name as string).trim(),
    description: optionalText(input.description),
    website: optionalText(input.website),
    email: optionalText(input.email),
    statewide: input.statewide === true,
  };
  const links: ActorLinks = { categoryIds: [], actionFieldIds: [], regionIds: [], ...linksOf(input) };
  return { properties, links, sortKey: germanSortKey(properties.name) };
}
