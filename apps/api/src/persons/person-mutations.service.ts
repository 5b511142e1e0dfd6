import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, germanSortKey, InputCheck, invalidInput, notFound } from '@netzwerkstatt/domain';
import { Neo4jService, Tx } from '../database/neo4j.service.js';
import { diff, ChangeLogRepository } from '../store/history/change-log.repository.js';
import {
  checkPersonInput,
  checkRole,
  optionalText,
  PERSON_LABELS,
  PersonInputShape,
} from './person-input.check.js';
import { PersonWriteRepository } from './person-write.repository.js';
import type { PersonProperties, PersonRecord } from './person.types.js';

export interface CreatePersonShape extends PersonInputShape {
  actorId?: string | null;
}

/**
 * Creating, changing and deleting persons and their WORKS_FOR links. Each runs in one write
 * transaction with its history entries; a link is recorded on both ends, so the history of the person
 * and of the actor each tell the whole story.
 */
@Injectable()
export class PersonMutationsService {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly writes: PersonWriteRepository,
    private readonly history: ChangeLogRepository,
  ) {}

  async create(input: CreatePersonShape, userId: string): Promise<PersonRecord> {
    checkPersonInput(input, 'create');
    new InputCheck()
      .custom('role', !optionalText(input.role) || !!optionalText(input.actorId), 'ROLE_WITHOUT_ACTOR', {
        de: 'Eine Rolle gibt es nur zusammen mit einem Akteur.',
        en: 'A role needs an actor to go with it.',
      })
      .done();
    const properties: PersonProperties = {
      name: (input.name as string).trim(),
      function: optionalText(input.function),
      email: optionalText(input.email),
      phone: optionalText(input.phone),
    };
    const actorId = optionalText(input.actorId);
    const role = optionalText(input.role);
    return this.neo4j.write(async (tx) => {
      const actorName = actorId ? await this.requireActor(tx, actorId, 'actorId') : null;
      let person = await this.writes.create(tx, properties, germanSortKey(properties.name), userId);
      await this.history.record(tx, {
        entityId: person.id,
        entityType: 'Person',
        action: 'create',
        userId,
        changes: diff({}, { ...properties, ...(actorId ? { actorId, role } : {}) }),
      });
      if (actorId && actorName !== null) {
        person = await this.writes.link(tx, person.id, actorId, role, userId);
        await this.recordLinkOnActor(tx, 'link', person, actorId, userId);
      }
      return person;
    });
  }

  async update(id: string, input: PersonInputShape, userId: string): Promise<PersonRecord> {
    checkPersonInput(input, 'update');
    const patch: Partial<PersonProperties> = {};
    if (input.name !== undefined) patch.name = (input.name as string).trim();
    for (const key of ['function', 'email', 'phone'] as const) {
      if (input[key] !== undefined) patch[key] = optionalText(input[key]);
    }
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.current(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Person.singular, id);
      const { name, function: fn, email, phone } = current.person;
      const after = { name, function: fn, email, phone, ...patch };
      const changes = diff({ name, function: fn, email, phone }, after);
      if (Object.keys(changes).length === 0) return current.person;
      const sortKey = changes.name ? { sortKey: germanSortKey(after.name) } : {};
      const person = await this.writes.update(tx, id, { ...patch, ...sortKey }, userId);
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Person',
        action: 'update',
        userId,
        changes,
      });
      return person;
    });
  }

  /** Deletes the person and their links; the actors stay and record that their contact left. */
  async delete(id: string, userId: string): Promise<string> {
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.current(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Person.singular, id);
      await this.writes.delete(tx, id);
      const { name, function: fn, email, phone } = current.person;
      const before = {
        name,
        function: fn,
        email,
        phone,
        actorIds: current.affiliations.map((link) => link.actorId),
      };
      const changes = Object.fromEntries(
        Object.entries(before).map(([key, from]) => [key, { from, to: null }]),
      );
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Person',
        action: 'delete',
        userId,
        changes,
      });
      for (const link of current.affiliations)
        await this.recordLinkOnActor(tx, 'unlink', current.person, link.actorId, userId);
      return id;
    });
  }

  /** Links a person to an actor with a role; linking again with another role changes the role. */
  async link(personId: string, actorId: string, role: unknown, userId: string): Promise<PersonRecord> {
    checkRole(new InputCheck(), role).done();
    const newRole = optionalText(role);
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.current(tx, personId);
      if (!current) throw notFound(ENTITY_LABELS.Person.singular, personId);
      const actorName = await this.writes.actorName(tx, actorId);
      if (actorName === null) throw notFound(ENTITY_LABELS.Actor.singular, actorId);
      const existing = current.affiliations.find((link) => link.actorId === actorId);
      if (existing && existing.role === newRole) return current.person;
      const person = await this.writes.link(tx, personId, actorId, newRole, userId);
      await this.history.record(tx, {
        entityId: personId,
        entityType: 'Person',
        action: 'link',
        userId,
        changes: { role: { from: existing?.role ?? null, to: newRole } },
        related: { type: 'Actor', id: actorId, label: actorName, relation: 'WORKS_FOR' },
      });
      await this.recordLinkOnActor(tx, 'link', person, actorId, userId);
      return person;
    });
  }

  /** Removes the link; unlinking persons who are not linked changes nothing. */
  async unlink(personId: string, actorId: string, userId: string): Promise<PersonRecord> {
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.current(tx, personId);
      if (!current) throw notFound(ENTITY_LABELS.Person.singular, personId);
      const existing = current.affiliations.find((link) => link.actorId === actorId);
      if (!existing) {
        if ((await this.writes.actorName(tx, actorId)) === null)
          throw notFound(ENTITY_LABELS.Actor.singular, actorId);
        return current.person;
      }
      const person = await this.writes.unlink(tx, personId, actorId, userId);
      await this.history.record(tx, {
        entityId: personId,
        entityType: 'Person',
        action: 'unlink',
        userId,
        changes: { role: { from: existing.role, to: null } },
        related: { type: 'Actor', id: actorId, label: existing.actorName, relation: 'WORKS_FOR' },
      });
      await this.recordLinkOnActor(tx, 'unlink', person, actorId, userId);
      return person;
    });
  }

  private async requireActor(tx: Tx, actorId: string, field: string): Promise<string> {
    const name = await this.writes.actorName(tx, actorId);
    if (name === null) {
      throw invalidInput([
        {
          field,
          reason: 'UNKNOWN_ID',
          message: {
            de: `${PERSON_LABELS.actorId.de} mit der ID „${actorId}“ existiert nicht.`,
            en: `${PERSON_LABELS.actorId.en} with id "${actorId}" does not exist.`,
          },
        },
      ]);
    }
    return name;
  }

  private recordLinkOnActor(
    tx: Tx,
    action: 'link' | 'unlink',
    person: Pick<PersonRecord, 'id' | 'name'>,
    actorId: string,
    userId: string,
  ): Promise<void> {
    return this.history.record(tx, {
      entityId: actorId,
      entityType: 'Actor',
      action,
      userId,
      related: { type: 'Person', id: person.id, label: person.name, relation: 'WORKS_FOR' },
    });
  }
}
