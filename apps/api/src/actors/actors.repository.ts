import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { column } from '../database/records.js';
import { ACTOR_RELATIONS } from './actor-relations.js';
import type { ActorRecord, ActorRelation } from './actor.types.js';

/** Reads of single actors and batched reads for the per-request loaders. */
@Injectable()
export class ActorsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async findById(id: string): Promise<ActorRecord | null> {
    const found = await this.findByIds([id]);
    return found.get(id) ?? null;
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await this.neo4j.read(async (tx) => {
      const result = await tx.run('UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a {.*} AS actor', {
        ids,
      });
      return column<Record<string, unknown>>(result.records, 'actor');
    });
    return new Map(rows.map((raw) => [raw.id as string, toActorRecord(raw)]));
  }

  /** The ids of the nodes linked by `relation` to each of the actors, in one query for all of them. */
  async linkedIds(actorIds: readonly string[], relation: ActorRelation): Promise<Map<string, Set<string>>> {
    const spec = ACTOR_RELATIONS[relation];
    const result = await this.neo4j.read((tx) =>
      tx.run(
        `UNWIND $ids AS id
         MATCH (a:Actor {id: id})-[:${spec.type}]->(t:${spec.label})
         RETURN id, collect(t.id) AS targetIds`,
        { ids: actorIds },
      ),
    );
    return new Map(
      result.records.map((record) => [
        record.get('id') as string,
        new Set(record.get('targetIds') as string[]),
      ]),
    );
  }
}

/** An actor's stored properties as the API's plain record; absent optional values become null. */
export function toActorRecord(raw: Record<string, unknown>): ActorRecord {
  return {
    id: raw.id as string,
    name: raw.name as string,
    sortKey: (raw.sortKey as string) ?? '',
    description: (raw.description as string | undefined) ?? null,
    website: (raw.website as string | undefined) ?? null,
    email: (raw.email as string | undefined) ?? null,
    statewide: raw.statewide === true,
    createdAt: raw.createdAt as string,
    updatedAt: (raw.updatedAt as string | undefined) ?? (raw.createdAt as string),
    createdBy: (raw.createdBy as string | undefined) ?? null,
    updatedBy: (raw.updatedBy as string | undefined) ?? null,
  };
}
