import { Injectable } from '@nestjs/common';
import { Tx } from '../database/neo4j.service.js';
import { single, toPlain } from '../database/records.js';
import type { PersonProperties, PersonRecord } from './person.types.js';
import { toPersonRecord } from './persons.repository.js';

/** The actors a person works for: id, name (for history labels) and role. */
export interface Affiliation {
  actorId: string;
  actorName: string;
  role: string | null;
}

/** Writes of persons and their WORKS_FOR links, always inside the caller's write transaction. */
@Injectable()
export class PersonWriteRepository {
  async current(tx: Tx, id: string): Promise<{ person: PersonRecord; affiliations: Affiliation[] } | null> {
    const result = await tx.run(
      `MATCH (p:Person {id: $id})
       RETURN p {.*} AS person,
              [(p)-[w:WORKS_FOR]->(a:Actor) | { actorId: a.id, actorName: a.name, role: w.role }] AS affiliations`,
      { id },
    );
    if (result.records.length === 0) return null;
    const record = result.records[0];
    return {
      person: toPersonRecord(toPlain(record.get('person')) as Record<string, unknown>),
      affiliations: (toPlain(record.get('affiliations')) as Affiliation[]).map((link) => ({
        ...link,
        role: link.role ?? null,
      })),
    };
  }

  async actorName(tx: Tx, actorId: string): Promise<string | null> {
    const result = await tx.run('MATCH (a:Actor {id: $actorId}) RETURN a.name AS name', { actorId });
    return single<string>(result.records, 'name');
  }

  async create(tx: Tx, properties: PersonProperties, sortKey: string, userId: string): Promise<PersonRecord> {
    const result = await tx.run(
      `WITH datetime() AS now
       CREATE (p:Person {id: randomUUID()})
       SET p += $properties, p.sortKey = $sortKey, p.createdAt = now, p.updatedAt = now,
           p.createdBy = $userId, p.updatedBy = $userId
       RETURN p {.*} AS person`,
      { properties, sortKey, userId },
    );
    return writtenPerson(result.records);
  }

  /** Sets the given properties (null removes one) and stamps the change. */
  async update(
    tx: Tx,
    id: string,
    properties: Partial<PersonProperties> & { sortKey?: string },
    userId: string,
  ): Promise<PersonRecord> {
    const result = await tx.run(
      `MATCH (p:Person {id: $id})
       SET p += $properties, p.updatedAt = datetime(), p.updatedBy = $userId
       RETURN p {.*} AS person`,
      { id, properties, userId },
    );
    return writtenPerson(result.records);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await tx.run('MATCH (p:Person {id: $id}) DETACH DELETE p', { id });
  }

  /** Creates the link or sets its role; stamps both ends, since both show the change. */
  async link(
    tx: Tx,
    personId: string,
    actorId: string,
    role: string | null,
    userId: string,
  ): Promise<PersonRecord> {
    const result = await tx.run(
      `MATCH (p:Person {id: $personId}), (a:Actor {id: $actorId})
       MERGE (p)-[w:WORKS_FOR]->(a)
       SET w.role = $role, p.updatedAt = datetime(), p.updatedBy = $userId, a.updatedAt = datetime(), a.updatedBy = $userId
       RETURN p {.*} AS person`,
      { personId, actorId, role, userId },
    );
    return writtenPerson(result.records);
  }

  async unlink(tx: Tx, personId: string, actorId: string, userId: string): Promise<PersonRecord> {
    const result = await tx.run(
      `MATCH (p:Person {id: $personId})-[w:WORKS_FOR]->(a:Actor {id: $actorId})
       DELETE w
       SET p.updatedAt = datetime(), p.updatedBy = $userId, a.updatedAt = datetime(), a.updatedBy = $userId
       RETURN p {.*} AS person`,
      { personId, actorId, userId },
    );
    return writtenPerson(result.records);
  }
}

/** The node a write just matched in this transaction; its absence is a bug, not a user error. */
function writtenPerson(records: { get(key: string): unknown }[]) {
  const raw = single<Record<string, unknown>>(records, 'person');
  if (!raw) throw new Error('the person written in this transaction was not returned');
  return toPersonRecord(raw);
}
