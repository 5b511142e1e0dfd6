import {
  FIELD_LABELS,
  InputCheck,
  checkDescription,
  checkEmail,
  checkFlag,
  checkIdList,
  checkName,
  checkUrl,
  emptyAsNull,
  germanSortKey,
  idSet,
} from '@netzwerkstatt/domain';
import type { ActorLinks, ActorProperties } from './actor.types.js';

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
  if (mode === 'create' || input.name !== undefined) checkName(check, 'name', input.name);
  checkDescription(check, input.description);
  checkUrl(check, 'website', input.website, FIELD_LABELS.website);
  checkEmail(check, 'email', input.email);
  if (input.statewide !== undefined && !(mode === 'create' && input.statewide === null)) {
    checkFlag(check, 'statewide', FIELD_LABELS.statewide, input.statewide);
  }
  for (const field of ['categoryIds', 'actionFieldIds', 'regionIds'] as const) {
    checkIdList(check, field, FIELD_LABELS[field], input[field]);
  }
  check.done();
}

/** The links given in an input, de-duplicated and sorted; absent lists stay absent (update keeps them). */
export function linksOf(input: ActorInputShape): Partial<ActorLinks> {
  const links: Partial<ActorLinks> = {};
  for (const field of ['categoryIds', 'actionFieldIds', 'regionIds'] as const) {
    const value = input[field];
    if (value === undefined) continue;
    links[field] = idSet(value as string[] | null);
  }
  return links;
}

/** A new actor as stored (properties, links, sort key), from an input that passed `checkActorInput`. */
export function newActorOf(input: ActorInputShape): {
  properties: ActorProperties;
  links: ActorLinks;
  sortKey: string;
} {
  const properties: ActorProperties = {
    name: (input.name as string).trim(),
    description: emptyAsNull(input.description),
    website: emptyAsNull(input.website),
    email: emptyAsNull(input.email),
    statewide: input.statewide === true,
  };
  const links: ActorLinks = { categoryIds: [], actionFieldIds: [], regionIds: [], ...linksOf(input) };
  return { properties, links, sortKey: germanSortKey(properties.name) };
}
