import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  type EntityType,
  RECORD_LABELS,
  conflict,
  germanSortKey,
  mayWriteRecord,
  notFound,
  type Ownership,
  type Role,
  type WriteOperation,
} from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import { Neo4jService, type Tx } from '../../database/neo4j.service.js';
import { ChangeLogRepository, diff } from '../history/change-log.repository.js';
import { changesOnCreate, changesOnDelete } from '../history/changes.js';
import { assertReferences, type Reference } from '../references/entity-lookup.repository.js';
import type { ConceptDefinition, Snapshot } from './concept.js';
import { ConceptRegistry } from './concept-registry.js';
import { badClientId, idTaken, notInTrash, notRestorable, refused, staleRevision } from './write-errors.js';
import { type StoredState, type TrashedNode, WritePathRepository } from './write-path.repository.js';

/** Who is writing: the account's id and role. */
export interface Writer {
  id: string;
  role: Role;
}

/** How long a record stays in the Papierkorb before it is purged. */
export const TRASH_DAYS = 30;

const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The one write path. Every create, update, delete, restore and purge of every concept runs here, in
 * one write transaction together with its (:Change) record, and gets the same guarantees:
 * - an update names the revision it was based on; a stale one is refused with CONFLICT and the current
 *   values, so nobody's text is silently overwritten;
 * - history keeps old and new values, and any earlier value can be restored (as a new change);
 * - a delete moves the record to the Papierkorb, from where it comes back exactly;
 * - a create may carry a client-generated id, so a retry after a lost answer returns the first result;
 * - who may do what is WRITE_POLICY's table, checked against the stored state inside the transaction.
 */
@Injectable()
export class WritePath {
  constructor(
    private readonly neo4j: Neo4jService,
    private readonly store: WritePathRepository,
    private readonly changeLog: ChangeLogRepository,
    private readonly concepts: ConceptRegistry,
  ) {}

  register(concept: ConceptDefinition): void {
    this.concepts.register(concept);
  }

  /** The kinds of personal records, which the Papierkorb lists to their owners only. */
  personalTypes(): EntityType[] {
    return this.concepts.personalTypes();
  }

  async create<R>(
    concept: ConceptDefinition,
    values: Snapshot,
    writer: Writer,
    options: {
      clientId?: string | null;
      /** Rules of the concept, run before the node is written. */
      check?: (tx: Tx) => Promise<void>;
      /** Writes that belong to the create but not to the node's form (e.g. a first link with a role). */
      after?: (tx: Tx, id: string) => Promise<void>;
    } = {},
  ): Promise<R> {
    const clientId = options.clientId ?? null;
    if (clientId !== null && !CLIENT_ID.test(clientId)) throw badClientId();
    const id = clientId ?? randomUUID();
    const attempt = () =>
      this.neo4j.write(async (tx) => {
        if (clientId !== null) {
          const holder = await this.store.holderOf(tx, id);
          if (holder?.type === concept.type && holder.createdBy === writer.id)
            return this.replay<R>(tx, concept, id, values, writer);
          if (holder) throw idTaken(id);
        }
        this.assertMay(concept.type, concept.personal ? 'createPersonal' : 'create', writer, 'own');
        // The concept's own rules first: they may name a problem more precisely than the generic checks.
        await options.check?.(tx);
        const linkFields = concept.links.map((link) => link.field);
        await assertReferences(tx, referencesOf(concept, values, linkFields));
        await this.assertNameFree(tx, concept, values, id);
        await this.store.create(tx, concept, id, values, writer.id);
        await this.changeLog.record(tx, {
          entityId: id,
          entityType: concept.type,
          action: 'create',
          userId: writer.id,
          changes: changesOnCreate(values),
        });
        await options.after?.(tx, id);
        return this.project<R>(tx, concept, id);
      });
    try {
      return await attempt();
    } catch (error) {
      // Two retries of one create in flight at once: the id's unique constraint lets one commit; the
      // other, run again, finds it and returns it.
      if (clientId !== null && isConstraintViolation(error)) return attempt();
      throw error;
    }
  }

  /**
   * `plan` sees the stored state inside the transaction and returns the fields to change (or throws),
   * so a rule that depends on the current state cannot race with another change.
   */
  update<R>(
    concept: ConceptDefinition,
    id: string,
    expectedRevision: number,
    writer: Writer,
    plan: (current: Snapshot, tx: Tx) => Snapshot | Promise<Snapshot>,
    options: {
      /** Writes that belong to the change but not to the node's form (e.g. a frozen version), run after it. */
      after?: (tx: Tx, changed: readonly string[]) => Promise<void>;
    } = {},
  ): Promise<R> {
    return this.neo4j.write(async (tx) => {
      const state = await this.state(tx, concept, id);
      const after: Snapshot = { ...state.snapshot, ...(await plan(state.snapshot, tx)) };
      const changes = diff(state.snapshot, after);
      const changed = Object.keys(changes);
      // Saving an unchanged form is not a change: no new revision, no history entry.
      if (changed.length === 0) return this.project<R>(tx, concept, id);
      this.assertMayChange(concept, state, changed, writer);
      if (state.revision !== expectedRevision) throw staleRevision(concept.type, state);
      await this.applyUpdate(tx, concept, id, after, changes, writer);
      await options.after?.(tx, changed);
      return this.project<R>(tx, concept, id);
    });
  }

  /**
   * The policy for a write that is not a concept's record of its own but belongs to one (a guideline's
   * text, its revisions, a template made from it): the same table, the same refusal.
   */
  authorize(
    operation: WriteOperation,
    writer: Writer,
    ownership: Ownership,
    type: EntityType | null = null,
  ): void {
    this.assertMay(type, operation, writer, ownership);
  }

  /**
   * A create sent again with the same id by the same person: the first result comes back. If the person
   * changed the form before sending it again (the first answer was lost, they kept typing), their newer
   * values are saved on top, as long as nobody else has changed the record since; otherwise the record
   * as it stands comes back and the form shows it.
   */
  private async replay<R>(tx: Tx, concept: ConceptDefinition, id: string, values: Snapshot, writer: Writer) {
    const state = await this.state(tx, concept, id);
    if (state.revision === 1) {
      const sent = Object.fromEntries(
        Object.keys(state.snapshot)
          .filter((key) => key in values)
          .map((key) => [key, values[key]]),
      );
      const after: Snapshot = { ...state.snapshot, ...sent };
      const changes = diff(state.snapshot, after);
      if (Object.keys(changes).length > 0) {
        this.assertMayChange(concept, state, Object.keys(changes), writer);
        await this.applyUpdate(tx, concept, id, after, changes, writer);
      }
    }
    return this.project<R>(tx, concept, id);
  }

  /** Writes a checked change of fields and form-level links with its history entry. */
  private async applyUpdate(
    tx: Tx,
    concept: ConceptDefinition,
    id: string,
    after: Snapshot,
    changes: ReturnType<typeof diff>,
    writer: Writer,
  ): Promise<void> {
    const changed = Object.keys(changes);
    const linkFields = concept.links.map((link) => link.field).filter((field) => changed.includes(field));
    await assertReferences(tx, referencesOf(concept, after, linkFields));
    if (changed.includes(concept.sortKeyOf)) await this.assertNameFree(tx, concept, after, id);
    await this.store.update(tx, concept, id, after, changed, writer.id);
    await this.changeLog.record(tx, {
      entityId: id,
      entityType: concept.type,
      action: 'update',
      userId: writer.id,
      changes,
    });
  }

  /** Moves the record with its relationships to the Papierkorb. */
  delete(concept: ConceptDefinition, id: string, writer: Writer): Promise<void> {
    return this.neo4j.write(async (tx) => {
      const state = await this.state(tx, concept, id);
      const operation: WriteOperation = concept.personal
        ? 'deletePersonal'
        : concept.isProtected?.(state.snapshot)
          ? 'deleteProtected'
          : 'delete';
      this.assertMay(concept.type, operation, writer, state.createdBy === writer.id ? 'own' : 'foreign');
      const linked = await this.store.linkedIds(tx, concept, id);
      await this.store.trash(tx, concept, id, writer.id);
      await this.changeLog.record(tx, {
        entityId: id,
        entityType: concept.type,
        action: 'delete',
        userId: writer.id,
        changes: changesOnDelete({ ...state.snapshot, ...linked }),
      });
    });
  }

  /** Brings a record back from the Papierkorb with its properties and relationships. */
  restore(id: string, writer: Writer): Promise<TrashedNode> {
    return this.neo4j.write(async (tx) => {
      const node = await this.store.trashed(tx, id);
      const concept = node ? this.concepts.get(node.type) : undefined;
      if (!node || !concept) throw notInTrash(id);
      const own = node.createdBy === writer.id || node.deletedBy === writer.id;
      this.assertMay(node.type, 'restore', writer, own ? 'own' : 'foreign');
      await concept.beforeRestore?.(tx, id);
      await this.assertNameFree(tx, concept, { [concept.sortKeyOf]: node.title }, id);
      await this.store.untrash(tx, node.type, id, writer.id);
      await this.changeLog.record(tx, {
        entityId: id,
        entityType: node.type,
        action: 'restore',
        userId: writer.id,
      });
      return node;
    });
  }

  /** Deletes a record in the Papierkorb for good. */
  purge(id: string, writer: Writer): Promise<TrashedNode> {
    return this.neo4j.write(async (tx) => {
      const node = await this.store.trashed(tx, id);
      if (!node) throw notInTrash(id);
      this.assertMay(node.type, 'purge', writer, node.createdBy === writer.id ? 'own' : 'foreign');
      await this.store.purge(tx, id);
      await this.changeLog.record(tx, {
        entityId: id,
        entityType: node.type,
        action: 'purge',
        userId: writer.id,
      });
      return node;
    });
  }

  /** Purges what has been in the Papierkorb for longer than TRASH_DAYS. */
  purgeExpired(): Promise<number> {
    return this.neo4j.write(async (tx) => {
      const purged = await this.store.purgeOlderThan(tx, TRASH_DAYS);
      for (const node of purged) {
        await this.changeLog.record(tx, {
          entityId: node.id,
          entityType: node.type,
          action: 'purge',
          userId: 'system',
        });
      }
      return purged.length;
    });
  }

  /**
   * Sets one field back to the value it had before (`from`) or after (`to`) a recorded change, as a
   * normal update: it names the revision it was based on and is recorded itself.
   */
  async restoreFieldValue(
    changeId: string,
    field: string,
    side: 'from' | 'to',
    expectedRevision: number,
    writer: Writer,
  ): Promise<{ entityId: string; entityType: EntityType }> {
    const change = await this.changeLog.findById(changeId);
    if (!change) throw notFound(RECORD_LABELS.change, changeId);
    const concept = this.concepts.get(change.entityType);
    const recorded = change.changes[field];
    const editable =
      concept &&
      [...concept.properties, ...concept.links.map((l) => l.field)].includes(field) &&
      !concept.notRestorable?.includes(field);
    if (!concept || !recorded || !editable) throw notRestorable(field);
    const value = recorded[side] ?? null;
    if (value === null && (concept.requiredFields ?? [concept.sortKeyOf]).includes(field))
      throw notRestorable(field);
    await this.update(concept, change.entityId, expectedRevision, writer, () => ({ [field]: value }));
    return { entityId: change.entityId, entityType: concept.type };
  }

  private async state(tx: Tx, concept: ConceptDefinition, id: string): Promise<StoredState> {
    const state = await this.store.state(tx, concept, id);
    if (!state) throw notFound(ENTITY_LABELS[concept.type].singular, id);
    return state;
  }

  private async project<R>(tx: Tx, concept: ConceptDefinition, id: string): Promise<R> {
    const record = await this.store.project<R>(tx, concept, id);
    if (!record) throw new Error(`${concept.type} ${id} written in this transaction was not returned`);
    return record;
  }

  private assertMayChange(concept: ConceptDefinition, state: StoredState, changed: string[], writer: Writer) {
    const ownership: Ownership = state.createdBy === writer.id ? 'own' : 'foreign';
    this.assertMay(concept.type, concept.personal ? 'updatePersonal' : 'update', writer, ownership);
    if (changed.some((field) => concept.steeringFields?.includes(field)))
      this.assertMay(concept.type, 'steer', writer, ownership);
    const touchesProtected = changed.some((field) => concept.protectedFields?.includes(field));
    if (touchesProtected && concept.isProtected?.(state.snapshot))
      this.assertMay(concept.type, 'updateProtected', writer, ownership);
  }

  private assertMay(
    type: EntityType | null,
    operation: WriteOperation,
    writer: Writer,
    ownership: Ownership,
  ): void {
    if (!mayWriteRecord(type ?? '', operation, writer.role, ownership)) throw refused(operation, type);
  }

  private async assertNameFree(tx: Tx, concept: ConceptDefinition, values: Snapshot, id: string) {
    if (!concept.uniqueName) return;
    const taken = await this.store.nameTaken(
      tx,
      concept,
      germanSortKey(String(values[concept.sortKeyOf] ?? '')),
      id,
    );
    if (taken !== null) throw conflict(concept.uniqueName(taken));
  }
}

function referencesOf(concept: ConceptDefinition, values: Snapshot, fields: string[]): Reference[] {
  return concept.links
    .filter((link) => fields.includes(link.field))
    .flatMap((link) => {
      const value = values[link.field];
      const ids = link.single ? (value ? [value as string] : []) : ((value as string[] | null) ?? []);
      return ids.map((id) => ({ field: link.field, id, type: link.target }));
    });
}

function isConstraintViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
