import { Injectable } from '@nestjs/common';
import {
  ACTOR_SEARCH_FIELDS,
  ENTITY_LABELS,
  FIELD_LABELS,
  InputCheck,
  REQUEST_REFUSALS,
  badField,
  checkIdList,
  notFound,
  toLuceneQuery,
} from '@netzwerkstatt/domain';
import { Connection } from '../common/pagination/connection.js';
import { decodeCursor, KeysetCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import type { SelectionTree } from '../common/selection/selected-fields.js';
import { ActionFieldModel } from '../reference/models/action-field.model.js';
import { ActorCategoryModel } from '../reference/models/actor-category.model.js';
import { RegionModel } from '../reference/models/region.model.js';
import { ReferenceService } from '../reference/reference.service.js';
import { prefetched } from '../store/relations/prefetch.js';
import { linkedIdsOf } from '../store/relations/actor-relations.js';
import { ActorListFilter, ActorListRepository } from './actor-list.repository.js';
import { ActorsRepository } from './actors.repository.js';
import type { ActorFilter, ActorOrder, ActorRecord, ActorRelation } from './actor.types.js';

type ReferenceNode = ActorCategoryModel | ActionFieldModel | RegionModel;

export interface ListActorsQuery {
  first?: number | null;
  after?: string | null;
  filter?: ActorFilter | null;
  orderBy?: Partial<ActorOrder> | null;
}

/** Reading actors: one by id, pages of a filtered and sorted list, and their linked reference data. */
@Injectable()
export class ActorsService {
  constructor(
    private readonly actors: ActorsRepository,
    private readonly lists: ActorListRepository,
    private readonly reference: ReferenceService,
  ) {}

  /** `selection`: what the client reads of the actor (everything when not given). */
  async get(id: string, selection?: SelectionTree): Promise<ActorRecord> {
    const actor = await this.actors.findById(id, selection);
    if (!actor) throw notFound(ENTITY_LABELS.Actor.singular, id);
    return actor;
  }

  /**
   * `withCount`: whether the client reads `totalCount` (counting is left out otherwise); `fields`: the
   * properties the client reads of each actor (all when not given).
   */
  async list(
    query: ListActorsQuery,
    withCount: boolean,
    fields?: ReadonlySet<string>,
  ): Promise<Connection<ActorRecord>> {
    const limit = pageSize(query.first);
    const order: ActorOrder = {
      field: query.orderBy?.field ?? 'NAME',
      direction: query.orderBy?.direction ?? 'ASC',
    };
    const after = checkCursorFitsOrder(decodeCursor(query.after), order);
    const { rows, total } = await this.lists.list(checkFilter(query.filter), order, limit, after, {
      withCount,
      fields,
    });
    return toConnection(rows, limit, total, (row) => row.cursorValue);
  }

  /**
   * The reference nodes linked to an actor, as the reference module's objects (so a client can follow
   * an action field's `categories` or `next` from here). Called once per actor of a page by the field
   * resolvers; the request's loader turns those calls into one query for the links of all of them and
   * one for the reference list.
   */
  async linked(
    scope: object,
    actor: { id: string },
    relation: ActorRelation,
    responseKey: string,
  ): Promise<ReferenceNode[]> {
    // The actor's query may have brought the nodes' lists along (`actionFields { challenges }`): then
    // this request gets copies of the kept reference nodes that carry them.
    const nested = prefetched<{ id: string }>(actor, responseKey);
    if (nested) {
      const byId = new Map(nested.map((node) => [node.id, node]));
      return (await this.referenceList(relation)).flatMap((node) => {
        const lists = byId.get(node.id);
        return lists ? [{ ...node, ...lists }] : [];
      });
    }
    // Or the ids: then the kept reference list answers alone.
    const ids = linkedIdsOf(actor, relation);
    if (ids) {
      const wanted = new Set(ids);
      return (await this.referenceList(relation)).filter((node) => wanted.has(node.id));
    }
    return requestLoader(
      scope,
      `actor-links:${relation}`,
      async (ids) => {
        const [links, reference] = await Promise.all([
          this.actors.linkedIds(ids, relation),
          this.referenceList(relation),
        ]);
        // The reference list is already in display order (process chain, or German alphabetical).
        return new Map(ids.map((id) => [id, reference.filter((node) => links.get(id)?.has(node.id))]));
      },
      () => [],
    ).load(actor.id);
  }

  private referenceList(relation: ActorRelation): Promise<ReferenceNode[]> {
    switch (relation) {
      case 'IN_CATEGORY':
        return this.reference.actorCategories();
      case 'WORKS_IN':
        return this.reference.actionFields();
      case 'ACTIVE_IN':
        return this.reference.regions();
    }
  }

  /** Actors by id for other modules' nested fields, batched the same way. */
  byId(scope: object, actorId: string): Promise<ActorRecord | null> {
    return requestLoader(
      scope,
      'actor-by-id',
      (ids) => this.actors.findByIds(ids),
      () => null,
    ).load(actorId);
  }
}

function checkFilter(filter: ActorFilter | null | undefined): ActorListFilter {
  if (!filter) return {};
  const check = new InputCheck();
  for (const field of ['categoryIds', 'actionFieldIds', 'regionIds'] as const) {
    checkIdList(check, `filter.${field}`, FIELD_LABELS[field], filter[field]);
  }
  check.done();
  return {
    categoryIds: filter.categoryIds ?? undefined,
    actionFieldIds: filter.actionFieldIds ?? undefined,
    regionIds: filter.regionIds ?? undefined,
    regionalOnly: filter.regionalOnly ?? undefined,
    statewide: filter.statewide ?? undefined,
    textQuery: toLuceneQuery(filter.text, ACTOR_SEARCH_FIELDS) ?? undefined,
  };
}

/** A cursor from a list sorted another way would compare a name with a date: refuse it plainly. */
function checkCursorFitsOrder(cursor: KeysetCursor | null, order: ActorOrder): KeysetCursor | null {
  if (!cursor) return null;
  const fits =
    typeof cursor.sort === 'string' &&
    (order.field === 'NAME' || /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(cursor.sort));
  if (!fits) {
    throw badField('after', REQUEST_REFUSALS.cursorNotForOrder());
  }
  return cursor;
}
