import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  FIELD_LABELS,
  InputCheck,
  MANDATE_CONFIRMATION_NOTICE_DAYS,
  MANDATE_MAX_ACTIVE,
  MANDATE_REFUSALS,
  addDays,
  badField,
  berlinToday,
  checkId,
  conflict,
  firstDayOverCap,
  isIsoDay,
  mandateEnd,
  notFound,
  overlaps,
  type Term,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import type { Tx } from '../database/neo4j.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Snapshot } from '../store/write/concept.js';
import { WritePath } from '../store/write/write-path.js';
import type { CreateMandateInput, UpdateMandateInput } from './dto/mandate.inputs.js';
import { MANDATE_CONCEPT } from './mandate.concept.js';
import type { MandateRecord, MandateRules } from './mandate.types.js';
import { MandatesRepository } from './mandates.repository.js';

/**
 * Steering group mandates (agreement VI). The limits are checked inside the write transaction, after
 * taking the lock every mandate change takes (`lockAndReadRules`), so they hold under concurrent writes:
 * at most `maxActive` mandates run on any day; one person's mandates never overlap; a term lasts at most
 * `termYears` (the end is exclusive: 29.02.2024 + 3 years = 28.02.2027, the first day without the seat).
 */
@Injectable()
export class MandatesService {
  constructor(
    private readonly repository: MandatesRepository,
    private readonly writes: WritePath,
    private readonly notifications: NotificationsService,
  ) {
    writes.register({ ...MANDATE_CONCEPT, beforeRestore: (tx, id) => this.checkRestore(tx, id) });
  }

  async mandate(id: string): Promise<MandateRecord> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(ENTITY_LABELS.Mandate.singular, id);
    return found;
  }

  /** The composition on `on` (default: today in Europe/Berlin). */
  async steeringGroup(on: string | null | undefined) {
    const day = on ?? berlinToday();
    const check = new InputCheck();
    check.custom('on', isIsoDay(day), MANDATE_REFUSALS.invalidDay({ de: 'Der Tag', en: 'The day' }));
    check.done();
    const mandates = await this.repository.runningOn(day);
    return { on: day, maxActive: MANDATE_MAX_ACTIVE, mandates };
  }

  /** Mandates ending within the next `MANDATE_CONFIRMATION_NOTICE_DAYS` days without a follow-up yet. */
  dueConfirmations(today: string = berlinToday()): Promise<MandateRecord[]> {
    return this.repository.dueForConfirmation(today, addDays(today, MANDATE_CONFIRMATION_NOTICE_DAYS));
  }

  /** Notifies the steering group of every confirmation that has fallen due (once per mandate and person). */
  async notifyDueConfirmations(tx: Tx, today: string = berlinToday()): Promise<number> {
    const ids = await this.repository.dueIds(tx, today, addDays(today, MANDATE_CONFIRMATION_NOTICE_DAYS));
    return this.notifications.confirmationsDue(tx, ids);
  }

  async create(input: CreateMandateInput, user: RequestUser): Promise<MandateRecord> {
    this.writes.authorize('create', user, 'own', 'Mandate');
    const check = new InputCheck();
    checkId(check, 'personId', input.personId);
    checkId(check, 'actorId', input.actorId);
    checkDay(check, 'startDate', input.startDate, true);
    checkDay(check, 'endDate', input.endDate, false);
    check.done();
    const values: Snapshot = {
      startDate: input.startDate,
      endDate: input.endDate ?? mandateEnd(input.startDate),
      kind: input.kind,
      personId: input.personId,
      actorId: input.actorId,
    };
    return this.writes.create<MandateRecord>(MANDATE_CONCEPT, values, user, {
      clientId: input.id,
      check: (tx) => this.checkLimits(tx, values, input.id ?? ''),
      after: async (tx) => void (await this.notifyDueConfirmations(tx)),
    });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: UpdateMandateInput,
    user: RequestUser,
  ): Promise<MandateRecord> {
    this.writes.authorize('update', user, 'own', 'Mandate');
    const check = new InputCheck();
    if (input.personId !== undefined && input.personId !== null) checkId(check, 'personId', input.personId);
    if (input.actorId !== undefined && input.actorId !== null) checkId(check, 'actorId', input.actorId);
    checkDay(check, 'startDate', input.startDate, false);
    checkDay(check, 'endDate', input.endDate, false);
    check.done();
    return this.writes.update<MandateRecord>(
      MANDATE_CONCEPT,
      id,
      expectedRevision,
      user,
      async (current, tx) => {
        const patch: Snapshot = {};
        if (input.personId) patch.personId = input.personId;
        if (input.actorId) patch.actorId = input.actorId;
        if (input.kind) patch.kind = input.kind;
        if (input.startDate) {
          patch.startDate = input.startDate;
          patch.endDate = input.endDate ?? mandateEnd(input.startDate);
        } else if (input.endDate) patch.endDate = input.endDate;
        const after = { ...current, ...patch };
        const termMoved = ['startDate', 'endDate', 'personId'].some((f) => after[f] !== current[f]);
        if (termMoved) await this.checkLimits(tx, after, id);
        return patch;
      },
      { after: async (tx) => void (await this.notifyDueConfirmations(tx)) },
    );
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(MANDATE_CONCEPT, id, user);
    return id;
  }

  /**
   * Inside the write transaction: takes the mandates' lock, then checks the term's length, the holder's
   * other mandates and the number running on each day of the term. Throws before anything is written.
   */
  private async checkLimits(tx: Tx, values: Snapshot, exceptId: string): Promise<void> {
    const rules = await this.rules(tx);
    const term: Term = { start: String(values.startDate), end: String(values.endDate) };
    const latestEnd = mandateEnd(term.start, rules.termYears);
    if (!(term.end > term.start && term.end <= latestEnd))
      throw badField('endDate', MANDATE_REFUSALS.invalidTerm(latestEnd));
    const others = await this.repository.termsMeeting(tx, term.start, term.end, exceptId);
    const clash = others.find((other) => other.personId === values.personId && overlaps(other, term));
    if (clash) throw conflict(MANDATE_REFUSALS.overlap(clash.start, clash.end));
    const day = firstDayOverCap(term, others, rules.maxActive);
    if (day) throw conflict(MANDATE_REFUSALS.tooMany(day, rules.maxActive));
  }

  private async checkRestore(tx: Tx, id: string): Promise<void> {
    const stored = await this.repository.trashedTerm(tx, id);
    if (stored)
      await this.checkLimits(
        tx,
        { startDate: stored.start, endDate: stored.end, personId: stored.personId },
        id,
      );
  }

  private async rules(tx: Tx): Promise<MandateRules> {
    const rules = await this.repository.lockAndReadRules(tx);
    // The agreement is seeded at every start; without it there is nothing to lock and count against.
    if (!rules) throw new Error('The agreement (:Agreement) is missing; the mandates cannot be checked');
    return rules;
  }
}

function checkDay(check: InputCheck, field: 'startDate' | 'endDate', value: unknown, required: boolean) {
  if (value === undefined || value === null) {
    if (required) check.custom(field, false, MANDATE_REFUSALS.invalidDay(FIELD_LABELS[field]));
    return;
  }
  check.custom(field, isIsoDay(value), MANDATE_REFUSALS.invalidDay(FIELD_LABELS[field]));
}
