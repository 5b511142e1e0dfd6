import { Injectable } from '@nestjs/common';
import { ENTITY_TYPES, type EntityType, germanSortKey } from '@netzwerkstatt/domain';
import neo4j from 'neo4j-driver';
import type { Tx } from '../../database/neo4j.service.js';
import { single, toPlain } from '../../database/records.js';
import type { ConceptDefinition, ConceptLink, Snapshot } from './concept.js';

/** The stored state of a record as the write path compares it. */
export interface StoredState {
  snapshot: Snapshot;
  revision: number;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  updatedByName: string | null;
}

/** A record in the Papierkorb. */
export interface TrashedNode {
  id: string;
  type: EntityType;
  title: string;
  createdBy: string | null;
  deletedAt: string;
  deletedBy: string | null;
}

const arrow = (link: Pick<ConceptLink, 'direction' | 'relation' | 'target'>, node = 'n', other = 't') =>
  link.direction === 'out'
    ? `(${node})-[:${link.relation}]->(${other}:${link.target})`
    : `(${other}:${link.target})-[:${link.relation}]->(${node})`;

/**
 * The Cypher of the one write path, built from a concept's declaration. Every method runs inside the
 * caller's write transaction.
 *
 * The Papierkorb keeps a deleted node where it is, with its relationships, and swaps its label for
 * `:Trashed` (remembering the label in `trashedType`). Every list, search, count and graph query
 * matches nodes by their concept label, and the full-text index covers those labels only, so a trashed
 * node drops out of all of them at once; restoring swaps the label back and brings back exactly the
 * node, its properties and its relationships.
 */
@Injectable()
export class WritePathRepository {
  async state(tx: Tx, concept: ConceptDefinition, id: string): Promise<StoredState | null> {
    const links = concept.links.map(
      (link, index) => `COLLECT { MATCH ${arrow(link)} RETURN t.id AS id ORDER BY t.id } AS link${index}`,
    );
    const result = await tx.run(
      `MATCH (n:${concept.type} {id: $id})
       OPTIONAL MATCH (u:User {id: n.updatedBy})
       RETURN n { ${concept.properties.map((p) => `.${p}`).join(', ')} } AS props,
         coalesce(n.revision, 1) AS revision, n.createdBy AS createdBy, n.updatedAt AS updatedAt,
         n.updatedBy AS updatedBy, u.displayName AS updatedByName
         ${links.map((l) => `, ${l}`).join('')}`,
      { id },
    );
    const record = result.records[0];
    if (!record) return null;
    const snapshot: Snapshot = {};
    const props = toPlain(record.get('props')) as Snapshot;
    for (const property of concept.properties) snapshot[property] = props[property] ?? null;
    concept.links.forEach((link, index) => {
      const ids = record.get(`link${index}`) as string[];
      snapshot[link.field] = link.single ? (ids[0] ?? null) : ids;
    });
    return {
      snapshot,
      revision: Number(record.get('revision')),
      createdBy: record.get('createdBy') as string | null,
      updatedAt: toPlain(record.get('updatedAt')) as string | null,
      updatedBy: record.get('updatedBy') as string | null,
      updatedByName: record.get('updatedByName') as string | null,
    };
  }

  /** The record as the concept's queries return it. */
  async project<R>(tx: Tx, concept: ConceptDefinition, id: string): Promise<R | null> {
    const result = await tx.run(
      `MATCH (n:${concept.type} {id: $id}) RETURN ${concept.projection} AS record`,
      {
        id,
      },
    );
    return single<R>(result.records, 'record');
  }

  async create(tx: Tx, concept: ConceptDefinition, id: string, values: Snapshot, userId: string) {
    await tx.run(
      `WITH datetime() AS now
       CREATE (n:${concept.type} {id: $id})
       SET n += $props, n.sortKey = $sortKey, n.revision = 1, n.createdAt = now, n.updatedAt = now,
         n.createdBy = $userId, n.updatedBy = $userId`,
      { id, props: propertiesOf(concept, values), sortKey: sortKeyOf(concept, values), userId },
    );
    for (const link of concept.links) await this.setLink(tx, concept, id, link, values[link.field]);
  }

  /** Sets the changed fields (null removes a property), replaces changed links, counts the revision. */
  async update(
    tx: Tx,
    concept: ConceptDefinition,
    id: string,
    after: Snapshot,
    changed: string[],
    userId: string,
  ) {
    await tx.run(
      `MATCH (n:${concept.type} {id: $id})
       SET n += $props, n.sortKey = $sortKey, n.revision = coalesce(n.revision, 1) + 1,
         n.updatedAt = datetime(), n.updatedBy = $userId`,
      { id, props: propertiesOf(concept, after), sortKey: sortKeyOf(concept, after), userId },
    );
    for (const link of concept.links) {
      if (changed.includes(link.field)) await this.setLink(tx, concept, id, link, after[link.field]);
    }
  }

  /** Which domain node, live or in the Papierkorb, already has this id (one index seek per label). */
  async holderOf(
    tx: Tx,
    id: string,
  ): Promise<{ type: EntityType | 'Trashed'; createdBy: string | null } | null> {
    const result = await tx.run(
      `${[...ENTITY_TYPES, 'Trashed']
        .map((label) => `MATCH (n:${label} {id: $id}) RETURN '${label}' AS type, n.createdBy AS createdBy`)
        .join(' UNION ALL ')}`,
      { id },
    );
    const record = result.records[0];
    return record
      ? {
          type: record.get('type') as EntityType | 'Trashed',
          createdBy: record.get('createdBy') as string | null,
        }
      : null;
  }

  /** Another record of the concept with this sort key: its name, else null. */
  async nameTaken(
    tx: Tx,
    concept: ConceptDefinition,
    sortKey: string,
    exceptId: string,
  ): Promise<string | null> {
    const result = await tx.run(
      `MATCH (n:${concept.type} {sortKey: $sortKey}) WHERE n.id <> $exceptId RETURN n.${concept.sortKeyOf} AS name LIMIT 1`,
      { sortKey, exceptId },
    );
    return single<string>(result.records, 'name');
  }

  /** The ids at the other end of the declared relationships, for the delete's history entry. */
  async linkedIds(tx: Tx, concept: ConceptDefinition, id: string): Promise<Snapshot> {
    const notes = concept.trashNote ?? [];
    if (notes.length === 0) return {};
    const result = await tx.run(
      `MATCH (n:${concept.type} {id: $id})
       RETURN ${notes
         .map(
           (note, index) =>
             `COLLECT { MATCH ${arrow(note)} RETURN t.id AS id ORDER BY t.id } AS note${index}`,
         )
         .join(', ')}`,
      { id },
    );
    const record = result.records[0];
    return Object.fromEntries(notes.map((note, index) => [note.field, record?.get(`note${index}`) ?? []]));
  }

  async trash(tx: Tx, concept: ConceptDefinition, id: string, userId: string): Promise<void> {
    await tx.run(
      `MATCH (n:${concept.type} {id: $id})
       REMOVE n:${concept.type}
       SET n:Trashed, n.trashedType = $type, n.trashedAt = datetime(), n.trashedBy = $userId`,
      { id, type: concept.type, userId },
    );
  }

  async trashed(tx: Tx, id: string): Promise<TrashedNode | null> {
    const result = await tx.run(
      `MATCH (n:Trashed {id: $id})
       RETURN n { .id, type: n.trashedType, title: coalesce(n.title, n.name, left(n.body, 80), ''), .createdBy,
         deletedAt: n.trashedAt, deletedBy: n.trashedBy } AS node`,
      { id },
    );
    return single<TrashedNode>(result.records, 'node');
  }

  async untrash(tx: Tx, type: EntityType, id: string, userId: string): Promise<void> {
    await tx.run(
      `MATCH (n:Trashed {id: $id})
       REMOVE n:Trashed, n.trashedType, n.trashedAt, n.trashedBy
       SET n:${type}, n.updatedAt = datetime(), n.updatedBy = $userId`,
      { id, userId },
    );
  }

  async purge(tx: Tx, id: string): Promise<void> {
    await tx.run('MATCH (n:Trashed {id: $id}) DETACH DELETE n', { id });
  }

  /** Removes records that have been in the Papierkorb longer than `days`; returns how many. */
  async purgeOlderThan(tx: Tx, days: number): Promise<{ id: string; type: EntityType }[]> {
    const result = await tx.run(
      `MATCH (n:Trashed) WHERE n.trashedAt < datetime() - duration({days: $days})
       WITH n, n.id AS id, n.trashedType AS type
       DETACH DELETE n
       RETURN id, type`,
      { days },
    );
    return result.records.map((r) => ({ id: r.get('id') as string, type: r.get('type') as EntityType }));
  }

  private async setLink(tx: Tx, concept: ConceptDefinition, id: string, link: ConceptLink, value: unknown) {
    const ids = link.single ? (value ? [value] : []) : ((value as string[] | null) ?? []);
    await tx.run(
      `MATCH (n:${concept.type} {id: $id})
       OPTIONAL MATCH ${link.direction === 'out' ? `(n)-[old:${link.relation}]->(:${link.target})` : `(:${link.target})-[old:${link.relation}]->(n)`}
       DELETE old
       WITH DISTINCT n
       UNWIND $ids AS targetId
       MATCH (t:${link.target} {id: targetId})
       ${link.direction === 'out' ? `CREATE (n)-[:${link.relation}]->(t)` : `CREATE (t)-[:${link.relation}]->(n)`}`,
      { id, ids },
    );
  }
}

/** JavaScript numbers travel as floats; whole numbers (a year) are stored as integers. */
function propertiesOf(concept: ConceptDefinition, values: Snapshot): Record<string, unknown> {
  return Object.fromEntries(
    concept.properties.map((p) => {
      const value = values[p] ?? null;
      return [p, typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value];
    }),
  );
}

function sortKeyOf(concept: ConceptDefinition, values: Snapshot): string {
  return germanSortKey(String(values[concept.sortKeyOf] ?? ''));
}
