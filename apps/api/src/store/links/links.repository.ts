import { Injectable } from '@nestjs/common';
import type { EntityType } from '@netzwerkstatt/domain';
import type { Tx } from '../../database/neo4j.service.js';
import { ChangeLogRepository } from '../history/change-log.repository.js';
import { type Reference, assertReferences } from '../references/entity-lookup.repository.js';

export type LinkType = 'ADDRESSES' | 'CARRIES' | 'EVIDENCES' | 'PRACTISED_BY';

/** One relationship as ARCHITECTURE.md draws it: (from)-[:type]->(to). Labels and types never come from input. */
export interface LinkSpec {
  type: LinkType;
  from: Reference;
  to: Reference;
}

const title = (alias: string) => `coalesce(${alias}.title, ${alias}.name)`;

/**
 * Links and unlinks two existing nodes inside the caller's transaction. Both are idempotent: linking
 * twice leaves one relationship, unlinking what is not linked changes nothing, and only a real change
 * is recorded, in the history of both ends.
 */
@Injectable()
export class LinksRepository {
  constructor(private readonly history: ChangeLogRepository) {}

  async link(tx: Tx, spec: LinkSpec, userId: string): Promise<boolean> {
    await assertReferences(tx, [spec.from, spec.to]);
    const result = await tx.run(
      `MATCH (a:${spec.from.type} {id: $fromId})
       MATCH (b:${spec.to.type} {id: $toId})
       MERGE (a)-[:${spec.type}]->(b)
       RETURN ${title('a')} AS fromLabel, ${title('b')} AS toLabel`,
      { fromId: spec.from.id, toId: spec.to.id },
    );
    const changed = result.summary.counters.updates().relationshipsCreated > 0;
    if (changed) await this.recordBothEnds(tx, 'link', spec, result.records[0], userId);
    return changed;
  }

  async unlink(tx: Tx, spec: LinkSpec, userId: string): Promise<boolean> {
    await assertReferences(tx, [spec.from, spec.to]);
    const result = await tx.run(
      `MATCH (a:${spec.from.type} {id: $fromId})-[r:${spec.type}]->(b:${spec.to.type} {id: $toId})
       DELETE r
       RETURN ${title('a')} AS fromLabel, ${title('b')} AS toLabel`,
      { fromId: spec.from.id, toId: spec.to.id },
    );
    const changed = result.summary.counters.updates().relationshipsDeleted > 0;
    if (changed) await this.recordBothEnds(tx, 'unlink', spec, result.records[0], userId);
    return changed;
  }

  /**
   * Creates `(from)-[:type]->(to)` for each target in one statement; the targets must have been checked
   * with `assertReferences` in the same transaction.
   */
  async linkAll(
    tx: Tx,
    type: LinkType,
    from: { type: EntityType; id: string },
    toType: EntityType,
    toIds: readonly string[],
  ) {
    if (toIds.length === 0) return;
    await tx.run(
      `MATCH (a:${from.type} {id: $fromId})
       UNWIND $toIds AS toId
       MATCH (b:${toType} {id: toId})
       MERGE (a)-[:${type}]->(b)`,
      { fromId: from.id, toIds },
    );
  }

  /** Same as linkAll, with the relationship pointing from each listed node to `to`. */
  async linkAllTo(
    tx: Tx,
    type: LinkType,
    fromType: EntityType,
    fromIds: readonly string[],
    to: { type: EntityType; id: string },
  ) {
    if (fromIds.length === 0) return;
    await tx.run(
      `MATCH (b:${to.type} {id: $toId})
       UNWIND $fromIds AS fromId
       MATCH (a:${fromType} {id: fromId})
       MERGE (a)-[:${type}]->(b)`,
      { toId: to.id, fromIds },
    );
  }

  private async recordBothEnds(
    tx: Tx,
    action: 'link' | 'unlink',
    spec: LinkSpec,
    labels: { get(key: string): unknown },
    userId: string,
  ): Promise<void> {
    const fromLabel = (labels.get('fromLabel') as string | null) ?? undefined;
    const toLabel = (labels.get('toLabel') as string | null) ?? undefined;
    await this.history.record(tx, {
      entityId: spec.from.id,
      entityType: spec.from.type,
      action,
      userId,
      related: { type: spec.to.type, id: spec.to.id, label: toLabel, relation: spec.type },
    });
    await this.history.record(tx, {
      entityId: spec.to.id,
      entityType: spec.to.type,
      action,
      userId,
      related: { type: spec.from.type, id: spec.from.id, label: fromLabel, relation: spec.type },
    });
  }
}
