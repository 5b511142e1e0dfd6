import type { ActorLinks } from '../store/relations/actor-relations.js';

export type { ActorLinks, ActorRelation } from '../store/relations/actor-relations.js';

/** An actor as stored, mapped to plain data at the repository edge. */
export interface ActorRecord {
  id: string;
  name: string;
  sortKey: string;
  description: string | null;
  website: string | null;
  email: string | null;
  statewide: boolean;
  revision: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

/** The actor's own editable properties. */
export interface ActorProperties {
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
  statewide: boolean;
}

/** What the history of an actor compares: properties and links (ids sorted, so order never counts). */
export type ActorSnapshot = ActorProperties & ActorLinks;

export interface ActorFilter {
  actionFieldIds?: string[] | null;
  categoryIds?: string[] | null;
  regionIds?: string[] | null;
  regionalOnly?: boolean | null;
  statewide?: boolean | null;
  text?: string | null;
}

export type ActorOrderField = 'NAME' | 'CREATED_AT' | 'UPDATED_AT';

export interface ActorOrder {
  field: ActorOrderField;
  direction: 'ASC' | 'DESC';
}
