import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  FIELD_LABELS,
  InputCheck,
  PERSON_REFUSALS,
  badField,
  checkRoleText,
  emptyAsNull,
  notFound,
} from '@netzwerkstatt/domain';
import { Neo4jService, Tx } from '../database/neo4j.service.js';
import { ChangeLogRepository } from '../store/history/change-log.repository.js';
import { checkPersonInput, type PersonInputShape } from './person-input.check.js';
import { WritePath, type Writer } from '../store/write/write-path.js';
import { PERSON_CONCEPT } from './person.concept.js';
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
    private readonly writePath: WritePath,
  ) {
    writePath.register(PERSON_CONCEPT);
  }

  async create(input: CreatePersonShape & { id?: string | null }, writer: Writer): Promise<PersonRecord> {
    checkPersonInput(input, 'create');
    new InputCheck()
      .custom(
        'role',
        !emptyAsNull(input.role) || !!emptyAsNull(input.actorId),
        PERSON_REFUSALS.roleWithoutActor(),
      )
      .done();
    const properties: PersonProperties = {
      name: (input.name as string).trim(),
      function: emptyAsNull(input.function),
      email: emptyAsNull(input.email),
      phone: emptyAsNull(input.phone),
    };
    const actorId = emptyAsNull(input.actorId);
    const role = emptyAsNull(input.role);
    const values = { ...properties, ...(actorId ? { actorId, role } : {}) };
    return this.writePath.create<PersonRecord>(PERSON_CONCEPT, values, writer, {
      clientId: input.id,
      check: async (tx) => {
        if (actorId) await this.requireActor(tx, actorId, 'actorId');
      },
      after: async (tx, id) => {
        if (!actorId) return;
        const person = await this.writes.link(tx, id, actorId, role, writer.id);
        await this.recordLinkOnActor(tx, 'link', person, actorId, writer.id);
      },
    });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: PersonInputShape,
    writer: Writer,
  ): Promise<PersonRecord> {
    checkPersonInput(input, 'update');
    const patch: Partial<PersonProperties> = {};
    if (input.name !== undefined) patch.name = (input.name as string).trim();
    for (const key of ['function', 'email', 'phone'] as const) {
      if (input[key] !== undefined) patch[key] = emptyAsNull(input[key]);
    }
    return this.writePath.update<PersonRecord>(PERSON_CONCEPT, id, expectedRevision, writer, () => ({
      ...patch,
    }));
  }

  /** To the Papierkorb with their links; the actors see them again when they are restored. */
  async delete(id: string, writer: Writer): Promise<string> {
    await this.writePath.delete(PERSON_CONCEPT, id, writer);
    return id;
  }

  /** Links a person to an actor with a role; linking again with another role changes the role. */
  async link(personId: string, actorId: string, role: unknown, userId: string): Promise<PersonRecord> {
    checkRoleText(new InputCheck(), role).done();
    const newRole = emptyAsNull(role);
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
      throw badField(field, PERSON_REFUSALS.unknownActor(FIELD_LABELS.actorId, actorId));
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
