import { Injectable } from '@nestjs/common';
import { Tx } from '../database/neo4j.service.js';
import { single, toPlain } from '../database/records.js';
import { ACTOR_RELATION_LIST, ACTOR_RELATIONS } from '../store/relations/actor-relations.js';
import { toActorRecord } from './actors.repository.js';
import type {
  ActorLinks,
  ActorProperties,
  ActorRecord,
  ActorRelation,
  ActorSnapshot,
} from './actor.types.js';

const LINK_IDS = ACTOR_RELATION_LIST.map(
  (spec) => `${spec.field}: [(a)-[:${spec.type}]->(t:${spec.label}) | t.id]`,
).join(', ');

/**
 * Writes of actors. Every method runs inside the caller's write transaction, so a service can check,
 * write and record history as one unit that either happens completely or not at all.
 */
@Injectable()
export class ActorWriteRepository {
  /**
   * The actor as stored and as the history compares it (properties and link ids, sorted), plus the ids
   * of its contact persons; null when it does not exist.
   */
  async snapshot(
    tx: Tx,
    id: string,
  ): Promise<{ actor: ActorRecord; snapshot: ActorSnapshot; personIds: string[] } | null> {
    const result = await tx.run(
      `MATCH (a:Actor {id: $id})
       RETURN a {.*} AS actor, { ${LINK_IDS}, personIds: [(p:Person)-[:WORKS_FOR]->(a) | p.id] } AS links`,
      { id },
    );
    if (result.records.length === 0) return null;
    const actor = toActorRecord(toPlain(result.records[0].get('actor')) as Record<string, unknown>);
    const links = toPlain(result.records[0].get('links')) as Record<string, string[]>;
    const ids = (key: string) => [...(links[key] ?? [])].sort();
    const { name, description, website, email, statewide } = actor;
    return {
      actor,
      snapshot: {
        name,
        description,
        website,
        email,
        statewide,
        categoryIds: ids('categoryIds'),
        actionFieldIds: ids('actionFieldIds'),
        regionIds: ids('regionIds'),
      },
      personIds: ids('personIds'),
    };
  }

  /** Per list, the ids that name no node of the list's label (unknown, or another kind of thing). */
  async unknownReferences(tx: Tx, links: Partial<ActorLinks>): Promise<Partial<ActorLinks>> {
    const given = ACTOR_RELATION_LIST.filter((spec) => links[spec.field]?.length);
    if (given.length === 0) return {};
    const result = await tx.run(
      `RETURN { ${given
        .map(
          (spec) =>
            `${spec.field}: [id IN $${spec.field} WHERE NOT EXISTS { MATCH (t:${spec.label} {id: id}) }]`,
        )
        .join(', ')} } AS unknown`,
      Object.fromEntries(given.map((spec) => [spec.field, links[spec.field]])),
    );
    return single<Partial<ActorLinks>>(result.records, 'unknown') ?? {};
  }

  /** `nameTaken` for many sort keys at once: sort key → the existing actor's name, for those taken. */
  async namesTaken(tx: Tx, sortKeys: string[]): Promise<Map<string, string>> {
    if (sortKeys.length === 0) return new Map();
    const result = await tx.run(
      `UNWIND $sortKeys AS sortKey
       MATCH (a:Actor {sortKey: sortKey})
       RETURN sortKey, head(collect(a.name)) AS name`,
      { sortKeys },
    );
    return new Map(
      result.records.map((record) => [record.get('sortKey') as string, record.get('name') as string]),
    );
  }

  /**
   * Creates many actors with their links in one statement (the CSV import): the same properties and
   * relationships as `create` plus `replaceLinks`, without a round trip per actor. Returned in input order.
   */
  async createMany(
    tx: Tx,
    actors: { properties: ActorProperties; sortKey: string; links: ActorLinks }[],
    userId: string,
  ): Promise<ActorRecord[]> {
    if (actors.length === 0) return [];
    const linkBlocks = ACTOR_RELATION_LIST.map(
      (spec) => `
       CALL (a, row) {
         UNWIND row.links.${spec.field} AS targetId
         MATCH (t:${spec.label} {id: targetId})
         MERGE (a)-[:${spec.type}]->(t)
       }`,
    ).join('\n');
    const result = await tx.run(
      `WITH datetime() AS now
       UNWIND range(0, size($actors) - 1) AS index
       WITH now, index, $actors[index] AS row
       CREATE (a:Actor {id: randomUUID()})
       SET a += row.properties, a.sortKey = row.sortKey, a.createdAt = now, a.updatedAt = now,
           a.createdBy = $userId, a.updatedBy = $userId
       WITH index, row, a
       ${linkBlocks}
       RETURN index, a {.*} AS actor ORDER BY index`,
      { actors, userId },
    );
    return result.records.map((record) =>
      toActorRecord(toPlain(record.get('actor')) as Record<string, unknown>),
    );
  }

  /** The target's name when it exists with the relation's label (else null), and whether it is linked. */
  async linkState(
    tx: Tx,
    actorId: string,
    relation: ActorRelation,
    targetId: string,
  ): Promise<{ targetName: string | null; linked: boolean }> {
    const spec = ACTOR_RELATIONS[relation];
    const result = await tx.run(
      `OPTIONAL MATCH (t:${spec.label} {id: $targetId})
       RETURN CASE WHEN t IS NULL THEN null ELSE coalesce(t.name, t.key, t.id) END AS targetName,
              EXISTS { (:Actor {id: $actorId})-[:${spec.type}]->(t) } AS linked`,
      { actorId, targetId },
    );
    return toPlain(result.records[0].toObject()) as { targetName: string | null; linked: boolean };
  }

  async link(
    tx: Tx,
    actorId: string,
    relation: ActorRelation,
    targetId: string,
    userId: string,
  ): Promise<ActorRecord> {
    const spec = ACTOR_RELATIONS[relation];
    return this.stamped(
      tx,
      `MATCH (a:Actor {id: $actorId}), (t:${spec.label} {id: $targetId}) MERGE (a)-[:${spec.type}]->(t)`,
      { actorId, targetId, userId },
    );
  }

  async unlink(
    tx: Tx,
    actorId: string,
    relation: ActorRelation,
    targetId: string,
    userId: string,
  ): Promise<ActorRecord> {
    const spec = ACTOR_RELATIONS[relation];
    return this.stamped(
      tx,
      `MATCH (a:Actor {id: $actorId})-[r:${spec.type}]->(:${spec.label} {id: $targetId}) DELETE r`,
      { actorId, targetId, userId },
    );
  }

  /** Categories, fields and regions are part of the actor's form: a link change counts as a revision. */
  private async stamped(tx: Tx, change: string, params: Record<string, unknown>): Promise<ActorRecord> {
    const result = await tx.run(
      `${change}
       WITH DISTINCT a
       SET a.updatedAt = datetime(), a.updatedBy = $userId, a.revision = coalesce(a.revision, 1) + 1
       RETURN a {.*} AS actor`,
      params,
    );
    return writtenActor(result.records);
  }
}

/** The node a write just matched in this transaction; its absence is a bug, not a user error. */
function writtenActor(records: { get(key: string): unknown }[]) {
  const raw = single<Record<string, unknown>>(records, 'actor');
  if (!raw) throw new Error('the actor written in this transaction was not returned');
  return toActorRecord(raw);
}
