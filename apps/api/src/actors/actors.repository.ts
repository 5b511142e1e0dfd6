import { Injectable } from '@nestjs/common';
import { Neo4jService } from '../database/neo4j.service.js';
import { column, single } from '../database/records.js';
import type { SelectionTree } from '../common/selection/selected-fields.js';
import { unpackPrefetched } from '../store/relations/prefetch.js';
import { selectedProjection } from '../store/projections/projections.repository.js';
import { ACTOR_RELATIONS } from '../store/relations/actor-relations.js';
import type { ActorRecord, ActorRelation } from './actor.types.js';

/** Reads of single actors and batched reads for the per-request loaders. */
@Injectable()
export class ActorsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /**
   * With a selection, only the selected properties are read, with the ids of selected reference lists
   * and the selected nested lists (solution approaches, good practices, and below), in one statement.
   */
  async findById(id: string, selection?: SelectionTree): Promise<ActorRecord | null> {
    if (!selection) return (await this.findByIds([id])).get(id) ?? null;
    const result = await this.neo4j.readQuery(
      `MATCH (a:Actor {id: $id}) RETURN ${selectedProjection('Actor', 'a', selection)} AS actor`,
      { id },
    );
    const raw = single<Record<string, unknown>>(result.records, 'actor');
    if (!raw) return null;
    const actor = toActorRecord(raw);
    unpackPrefetched('Actor', selection, [actor as unknown as Record<string, unknown>]);
    return actor;
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, ActorRecord>> {
    const rows = await this.neo4j.readStatement(async (tx) => {
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
    const result = await this.neo4j.readStatement((tx) =>
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

/**
 * An actor's stored properties as the API's plain record; absent optional values become null. What a
 * projection brought along under `__` keys (linked ids, nested lists) stays on the record for
 * `linkedIdsOf` and `unpackPrefetched`.
 */
export function toActorRecord(raw: Record<string, unknown>): ActorRecord {
  const prefetched = Object.fromEntries(Object.entries(raw).filter(([key]) => key.startsWith('__')));
  return {
    ...prefetched,
    id: raw.id as string,
    name: raw.name as string,
    sortKey: (raw.sortKey as string) ?? '',
    description: (raw.description as string | undefined) ?? null,
    website: (raw.website as string | undefined) ?? null,
    email: (raw.email as string | undefined) ?? null,
    statewide: raw.statewide === true,
    revision: Number(raw.revision ?? 1),
    createdAt: raw.createdAt as string,
    updatedAt: (raw.updatedAt as string | undefined) ?? (raw.createdAt as string),
    createdBy: (raw.createdBy as string | undefined) ?? null,
    updatedBy: (raw.updatedBy as string | undefined) ?? null,
  };
}
