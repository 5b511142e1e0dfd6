import type { EntityType } from '@netzwerkstatt/domain';

/** The reference lists an actor is linked to, as ids. */
export interface ActorLinks {
  categoryIds: string[];
  actionFieldIds: string[];
  regionIds: string[];
}

export type ActorRelation = 'IN_CATEGORY' | 'WORKS_IN' | 'ACTIVE_IN';

export interface ActorRelationSpec {
  type: ActorRelation;
  label: EntityType;
  field: keyof ActorLinks;
  /** The Actor field in the GraphQL schema that lists these nodes. */
  graphqlField: 'categories' | 'actionFields' | 'regions';
  /** Where a projection that was asked for that field puts the linked ids (see `linkedIdsOf`). */
  prefetchKey: '__categoryIds' | '__actionFieldIds' | '__regionIds';
}

/**
 * The three relationships from an actor to reference data. Relationship types and labels come only from this table (never from
 * input), so they can be written into Cypher text.
 */
export const ACTOR_RELATIONS: Record<ActorRelation, ActorRelationSpec> = {
  IN_CATEGORY: {
    type: 'IN_CATEGORY',
    label: 'ActorCategory',
    field: 'categoryIds',
    graphqlField: 'categories',
    prefetchKey: '__categoryIds',
  },
  WORKS_IN: {
    type: 'WORKS_IN',
    label: 'ActionField',
    field: 'actionFieldIds',
    graphqlField: 'actionFields',
    prefetchKey: '__actionFieldIds',
  },
  ACTIVE_IN: {
    type: 'ACTIVE_IN',
    label: 'Region',
    field: 'regionIds',
    graphqlField: 'regions',
    prefetchKey: '__regionIds',
  },
};

export const ACTOR_RELATION_LIST: readonly ActorRelationSpec[] = Object.values(ACTOR_RELATIONS);

/**
 * The ids of the reference nodes linked by `relation` when they came along with the actor (its query
 * was asked for that list), else undefined and the list is loaded.
 */
export function linkedIdsOf(actor: object, relation: ActorRelation): readonly string[] | undefined {
  const ids = (actor as Record<string, unknown>)[ACTOR_RELATIONS[relation].prefetchKey];
  return Array.isArray(ids) ? (ids as string[]) : undefined;
}
