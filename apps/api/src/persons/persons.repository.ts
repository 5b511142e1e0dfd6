import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { column, toPlain } from '../database/records.js';
import type { PersonRecord, WorksFor } from './person.types.js';

/** Reads of single persons and the batched WORKS_FOR reads behind the per-request loaders. */
@Injectable()
export class PersonsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, PersonRecord>> {
    const rows = await this.neo4j.readStatement(async (tx) => {
      const result = await tx.run('UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p {.*} AS person', {
        ids,
      });
      return column<Record<string, unknown>>(result.records, 'person');
    });
    return new Map(rows.map((raw) => [raw.id as string, toPersonRecord(raw)]));
  }

  /** The contact persons of each actor with their role, persons in German name order. */
  async contactsOfActors(
    actorIds: readonly string[],
  ): Promise<Map<string, { role: string | null; person: PersonRecord }[]>> {
    const rows = await this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `UNWIND $ids AS id
         MATCH (p:Person)-[w:WORKS_FOR]->(:Actor {id: id})
         WITH id, p, w ORDER BY p.sortKey, p.id
         RETURN id, collect({ role: w.role, person: p {.*} }) AS contacts`,
        { ids: actorIds },
      );
      return result.records.map((record) => ({
        id: record.get('id') as string,
        contacts: toPlain(record.get('contacts')) as {
          role: string | null;
          person: Record<string, unknown>;
        }[],
      }));
    });
    return new Map(
      rows.map(({ id, contacts }) => [
        id,
        contacts.map((contact) => ({ role: contact.role ?? null, person: toPersonRecord(contact.person) })),
      ]),
    );
  }

  /** The actors each person works for, as (person, actor, role) triples in German actor-name order. */
  async affiliationsOfPersons(personIds: readonly string[]): Promise<Map<string, WorksFor[]>> {
    const rows = await this.neo4j.readStatement(async (tx) => {
      const result = await tx.run(
        `UNWIND $ids AS id
         MATCH (:Person {id: id})-[w:WORKS_FOR]->(a:Actor)
         WITH id, a, w ORDER BY a.sortKey, a.id
         RETURN id, collect({ personId: id, actorId: a.id, role: w.role }) AS affiliations`,
        { ids: personIds },
      );
      return result.records.map((record) => ({
        id: record.get('id') as string,
        affiliations: record.get('affiliations') as WorksFor[],
      }));
    });
    return new Map(
      rows.map(({ id, affiliations }) => [
        id,
        affiliations.map((link) => ({ ...link, role: link.role ?? null })),
      ]),
    );
  }
}

export function toPersonRecord(raw: Record<string, unknown>): PersonRecord {
  return {
    id: raw.id as string,
    name: raw.name as string,
    sortKey: (raw.sortKey as string) ?? '',
    function: (raw.function as string | undefined) ?? null,
    email: (raw.email as string | undefined) ?? null,
    phone: (raw.phone as string | undefined) ?? null,
    revision: Number(raw.revision ?? 1),
    createdAt: raw.createdAt as string,
    updatedAt: (raw.updatedAt as string | undefined) ?? (raw.createdAt as string),
    createdBy: (raw.createdBy as string | undefined) ?? null,
    updatedBy: (raw.updatedBy as string | undefined) ?? null,
  };
}
