import type { EntityType } from '@netzwerkstatt/domain';
import type { ActorLinks, ActorRelation } from './actor.types.js';

export interface ActorRelationSpec {
  type: ActorRelation;
  label: EntityType;
  field: keyof ActorLinks;
}

/**
 * The three relationships from an actor to reference data. Relationship types and labels come only from this table (never from
 * input), so they can be written into Cypher text.
 */
export const ACTOR_RELATIONS: Record<ActorRelation, ActorRelationSpec> = {
  IN_CATEGORY: { type: 'IN_CATEGORY', label: 'ActorCategory', field: 'categoryIds' },
  WORKS_IN: { type: 'WORKS_IN', label: 'ActionField', field: 'actionFieldIds' },
  ACTIVE_IN: { type: 'ACTIVE_IN', label: 'Region', field: 'regionIds' },
};

export const ACTOR_RELATION_LIST: readonly ActorRelationSpec[] = Object.values(ACTOR_RELATIONS);
