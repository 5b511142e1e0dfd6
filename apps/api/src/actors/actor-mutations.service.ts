import { Injectable } from '@nestjs/common';
import {
  conflict,
  ENTITY_LABELS,
  FieldIssue,
  germanSortKey,
  invalidInput,
  notFound,
} from '@netzwerkstatt/domain';
import { Neo4jService, Tx } from '../database/neo4j.service.js';
import { diff, ChangeLogRepository } from '../store/history/change-log.repository.js';
import { ACTOR_RELATION_LIST } from './actor-relations.js';
import {
  ACTOR_LABELS,
  ActorInputShape,
  checkActorInput,
  linksOf,
  newActorOf,
  optionalText,
} from './actor-input.check.js';
import { ActorWriteRepository } from './actor-write.repository.js';
import type { ActorLinks, ActorProperties, ActorRecord, ActorSnapshot } from './actor.types.js';

/**
 * Creating, changing and deleting actors. Each runs in one write transaction together with its
 * history entries: the references are checked, the actor written and the change recorded, or nothing.
 */
@Injectable()
export class ActorMutationsService {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly writes: ActorWriteRepository,
    private readonly history: ChangeLogRepository,
  ) {}

  async create(input: ActorInputShape, userId: string): Promise<ActorRecord> {
    checkActorInput(input, 'create');
    const { properties, links, sortKey } = newActorOf(input);
    return this.neo4j.write(async (tx) => {
      await this.assertReferencesExist(tx, links);
      await this.assertNameFree(tx, sortKey, null);
      const actor = await this.writes.create(tx, properties, sortKey, userId);
      await this.writes.replaceLinks(tx, actor.id, links);
      await this.history.record(tx, {
        entityId: actor.id,
        entityType: 'Actor',
        action: 'create',
        userId,
        changes: diff({}, { ...properties, ...links }),
      });
      return actor;
    });
  }

  async update(id: string, input: ActorInputShape, userId: string): Promise<ActorRecord> {
    checkActorInput(input, 'update');
    const patch = propertyPatch(input);
    const links = linksOf(input);
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.snapshot(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Actor.singular, id);
      const after: ActorSnapshot = { ...current.snapshot, ...patch, ...links };
      const changes = diff({ ...current.snapshot }, { ...after });
      // Saving an unchanged form is not a change: no new timestamp, no history entry.
      if (Object.keys(changes).length === 0) return current.actor;
      await this.assertReferencesExist(tx, links);
      const sortKey = germanSortKey(after.name);
      if (changes.name) await this.assertNameFree(tx, sortKey, id);
      const actor = await this.writes.update(
        tx,
        id,
        { ...patch, ...(changes.name ? { sortKey } : {}) },
        userId,
      );
      await this.writes.replaceLinks(tx, id, links);
      await this.history.record(tx, { entityId: id, entityType: 'Actor', action: 'update', userId, changes });
      return actor;
    });
  }

  /** Deletes the actor and its relationships; its contact persons stay, without this organisation. */
  async delete(id: string, userId: string): Promise<string> {
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.snapshot(tx, id);
      if (!current) throw notFound(ENTITY_LABELS.Actor.singular, id);
      const persons = await this.writes.delete(tx, id);
      const gone = Object.fromEntries(
        Object.entries({ ...current.snapshot, personIds: current.personIds }).map(([key, from]) => [
          key,
          { from, to: null },
        ]),
      );
      await this.history.record(tx, {
        entityId: id,
        entityType: 'Actor',
        action: 'delete',
        userId,
        changes: gone,
      });
      for (const person of persons) {
        await this.history.record(tx, {
          entityId: person.id,
          entityType: 'Person',
          action: 'unlink',
          userId,
          related: { type: 'Actor', id, label: current.actor.name, relation: 'WORKS_FOR' },
        });
      }
      return id;
    });
  }

  private async assertReferencesExist(tx: Tx, links: Partial<ActorLinks>): Promise<void> {
    const unknown = await this.writes.unknownReferences(tx, links);
    const issues: FieldIssue[] = [];
    for (const spec of ACTOR_RELATION_LIST) {
      const ids = unknown[spec.field] ?? [];
      if (ids.length === 0) continue;
      const kind = ENTITY_LABELS[spec.label].singular;
      issues.push({
        field: spec.field,
        reason: 'UNKNOWN_ID',
        message: {
          de: `${ACTOR_LABELS[spec.field].de}: ${kind.de} mit der ID „${ids.join('“, „')}“ gibt es nicht.`,
          en: `${ACTOR_LABELS[spec.field].en}: there is no ${kind.en.toLowerCase()} with id "${ids.join('", "')}".`,
        },
      });
    }
    if (issues.length > 0) throw invalidInput(issues);
  }

  private async assertNameFree(tx: Tx, sortKey: string, exceptId: string | null): Promise<void> {
    const existing = await this.writes.nameTaken(tx, sortKey, exceptId);
    if (existing !== null) {
      throw conflict('DUPLICATE_NAME', {
        de: `Es gibt bereits einen Akteur mit dem Namen „${existing}“.`,
        en: `There already is an actor named "${existing}".`,
      });
    }
  }
}

function propertyPatch(input: ActorInputShape): Partial<ActorProperties> {
  const patch: Partial<ActorProperties> = {};
  if (input.name !== undefined) patch.name = (input.name as string).trim();
  for (const key of ['description', 'website', 'email'] as const) {
    if (input[key] !== undefined) patch[key] = optionalText(input[key]);
  }
  if (input.statewide !== undefined) patch.statewide = input.statewide === true;
  return patch;
}
