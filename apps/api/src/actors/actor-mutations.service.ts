import { Injectable } from '@nestjs/common';
import {
  ACTOR_REFUSALS,
  ENTITY_LABELS,
  FIELD_LABELS,
  type FieldIssue,
  emptyAsNull,
  fieldIssue,
  invalidInput,
} from '@netzwerkstatt/domain';
import type { Tx } from '../database/neo4j.service.js';
import { WritePath, type Writer } from '../store/write/write-path.js';
import { ACTOR_CONCEPT } from './actor.concept.js';
import { ACTOR_RELATION_LIST } from '../store/relations/actor-relations.js';
import { ActorInputShape, checkActorInput, linksOf, newActorOf } from './actor-input.check.js';
import { ActorWriteRepository } from './actor-write.repository.js';
import type { ActorLinks, ActorProperties, ActorRecord } from './actor.types.js';

/**
 * Creating, changing and deleting actors, on the one write path (ACTOR_CONCEPT): each runs in one write
 * transaction together with its history entry; references are checked here first so a person reads
 * which list holds an unknown id.
 */
@Injectable()
export class ActorMutationsService {
  constructor(
    private readonly writes: ActorWriteRepository,
    private readonly writePath: WritePath,
  ) {
    writePath.register(ACTOR_CONCEPT);
  }

  async create(input: ActorInputShape & { id?: string | null }, writer: Writer): Promise<ActorRecord> {
    checkActorInput(input, 'create');
    const { properties, links } = newActorOf(input);
    return this.writePath.create<ActorRecord>(ACTOR_CONCEPT, { ...properties, ...links }, writer, {
      clientId: input.id,
      check: (tx) => this.assertReferencesExist(tx, links),
    });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: ActorInputShape,
    writer: Writer,
  ): Promise<ActorRecord> {
    checkActorInput(input, 'update');
    const patch = { ...propertyPatch(input), ...linksOf(input) };
    return this.writePath.update<ActorRecord>(ACTOR_CONCEPT, id, expectedRevision, writer, async (_, tx) => {
      await this.assertReferencesExist(tx, linksOf(input));
      return patch;
    });
  }

  /** To the Papierkorb with its links; its contact persons stay and see it again when it is restored. */
  async delete(id: string, writer: Writer): Promise<string> {
    await this.writePath.delete(ACTOR_CONCEPT, id, writer);
    return id;
  }

  private async assertReferencesExist(tx: Tx, links: Partial<ActorLinks>): Promise<void> {
    const unknown = await this.writes.unknownReferences(tx, links);
    const issues: FieldIssue[] = [];
    for (const spec of ACTOR_RELATION_LIST) {
      const ids = unknown[spec.field] ?? [];
      if (ids.length === 0) continue;
      const refusal = ACTOR_REFUSALS.unknownIds(
        FIELD_LABELS[spec.field],
        ENTITY_LABELS[spec.label].singular,
        ids,
      );
      issues.push(fieldIssue(spec.field, refusal));
    }
    if (issues.length > 0) throw invalidInput(issues);
  }
}

function propertyPatch(input: ActorInputShape): Partial<ActorProperties> {
  const patch: Partial<ActorProperties> = {};
  if (input.name !== undefined) patch.name = (input.name as string).trim();
  for (const key of ['description', 'website', 'email'] as const) {
    if (input[key] !== undefined) patch[key] = emptyAsNull(input[key]);
  }
  if (input.statewide !== undefined) patch.statewide = input.statewide === true;
  return patch;
}
