import { Injectable } from '@nestjs/common';
import { ENTITY_LABELS, notFound } from '@netzwerkstatt/domain';
import { Neo4jService } from '../database/neo4j.service.js';
import { ChangeLogRepository } from '../store/history/change-log.repository.js';
import { ACTOR_RELATIONS } from '../store/relations/actor-relations.js';
import { ActorWriteRepository } from './actor-write.repository.js';
import type { ActorRecord, ActorRelation } from './actor.types.js';

/**
 * Linking an actor to one category, action field or region, or unlinking it. Both are idempotent:
 * linking what is linked (or unlinking what is not) changes nothing and records nothing.
 */
@Injectable()
export class ActorLinksService {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly writes: ActorWriteRepository,
    private readonly history: ChangeLogRepository,
  ) {}

  link(actorId: string, targetId: string, relation: ActorRelation, userId: string): Promise<ActorRecord> {
    return this.change('link', actorId, targetId, relation, userId);
  }

  unlink(actorId: string, targetId: string, relation: ActorRelation, userId: string): Promise<ActorRecord> {
    return this.change('unlink', actorId, targetId, relation, userId);
  }

  private change(
    action: 'link' | 'unlink',
    actorId: string,
    targetId: string,
    relation: ActorRelation,
    userId: string,
  ): Promise<ActorRecord> {
    const spec = ACTOR_RELATIONS[relation];
    return this.neo4j.write(async (tx) => {
      const current = await this.writes.snapshot(tx, actorId);
      if (!current) throw notFound(ENTITY_LABELS.Actor.singular, actorId);
      const state = await this.writes.linkState(tx, actorId, relation, targetId);
      if (state.targetName === null) throw notFound(ENTITY_LABELS[spec.label].singular, targetId);
      if (state.linked === (action === 'link')) return current.actor;
      const actor =
        action === 'link'
          ? await this.writes.link(tx, actorId, relation, targetId, userId)
          : await this.writes.unlink(tx, actorId, relation, targetId, userId);
      await this.history.record(tx, {
        entityId: actorId,
        entityType: 'Actor',
        action,
        userId,
        related: { type: spec.label, id: targetId, label: state.targetName, relation },
      });
      return actor;
    });
  }
}
