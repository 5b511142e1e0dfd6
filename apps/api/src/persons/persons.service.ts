import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, REQUEST_REFUSALS, badField, notFound, toLuceneQuery } from '@netzwerkstatt/domain';
import { ActorsService } from '../actors/actors.service.js';
import type { ActorRecord } from '../actors/actor.types.js';
import { Connection } from '../common/pagination/connection.js';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { requestLoader } from '../common/loaders/request-loaders.js';
import { PersonListRepository } from './person-list.repository.js';
import type { PersonRecord } from './person.types.js';
import { PersonsRepository } from './persons.repository.js';

export interface ListPersonsQuery {
  first?: number | null;
  after?: string | null;
  filter?: { actorId?: string | null; text?: string | null } | null;
}

/** Reading persons, and the nested lists between persons and actors, batched per request. */
@Injectable()
export class PersonsService {
  constructor(
    private readonly persons: PersonsRepository,
    private readonly lists: PersonListRepository,
    private readonly actors: ActorsService,
  ) {}

  async get(id: string): Promise<PersonRecord> {
    const person = (await this.persons.findByIds([id])).get(id);
    if (!person) throw notFound(ENTITY_LABELS.Person.singular, id);
    return person;
  }

  /** `withCount`: whether the client reads `totalCount`; counting is left out otherwise. */
  async list(query: ListPersonsQuery, withCount: boolean): Promise<Connection<PersonRecord>> {
    const limit = pageSize(query.first);
    const after = decodeCursor(query.after);
    if (after && typeof after.sort !== 'string') {
      throw badField('after', REQUEST_REFUSALS.invalidCursor());
    }
    const filter = {
      actorId: query.filter?.actorId ?? undefined,
      textQuery: toLuceneQuery(query.filter?.text) ?? undefined,
    };
    const { rows, total } = await this.lists.list(filter, limit, after, withCount);
    return toConnection(rows, limit, total, (row) => row.sortKey);
  }

  /** Contact persons of an actor with their role; one query for all actors of the request. */
  contactsOf(scope: object, actorId: string): Promise<{ role: string | null; person: PersonRecord }[]> {
    return requestLoader(
      scope,
      'actor-contacts',
      (ids) => this.persons.contactsOfActors(ids),
      () => [],
    ).load(actorId);
  }

  /** The actors a person works for with the role; one query for the links, one for the actors. */
  async affiliationsOf(
    scope: object,
    personId: string,
  ): Promise<{ role: string | null; actor: ActorRecord }[]> {
    const links = await requestLoader(
      scope,
      'person-affiliations',
      (ids) => this.persons.affiliationsOfPersons(ids),
      () => [],
    ).load(personId);
    const actors = await Promise.all(links.map((link) => this.actors.byId(scope, link.actorId)));
    return links.flatMap((link, index) => (actors[index] ? [{ role: link.role, actor: actors[index] }] : []));
  }
}
