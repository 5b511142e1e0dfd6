import { Injectable } from '@nestjs/common';
import {
  InputCheck,
  MEETING_REFUSALS,
  badField,
  berlinToday,
  checkId,
  checkTitle,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../../auth/request-user.js';
import type { Snapshot } from '../../store/write/concept.js';
import { WritePath } from '../../store/write/write-path.js';
import type { CreateActionItemInput, UpdateActionItemInput } from '../dto/action-item.inputs.js';
import { checkDueDate } from '../meeting-input.check.js';
import type { ActionItemRecord } from '../meeting.types.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { ACTION_ITEM_CONCEPT } from './action-item.concept.js';

/**
 * Action items: raised at a meeting, often from an agenda item's decision, given to an organisation with
 * a due date. Until done they come back on every later meeting of their series (`carriedOver`).
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly repository: MeetingsRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(ACTION_ITEM_CONCEPT);
  }

  raisedAt(meetingId: string): Promise<ActionItemRecord[]> {
    return this.repository.actionItemsRaisedAt(meetingId);
  }

  carriedOver(meetingId: string): Promise<ActionItemRecord[]> {
    return this.repository.carriedOver(meetingId);
  }

  open(): Promise<ActionItemRecord[]> {
    return this.repository.openActionItems();
  }

  async create(input: CreateActionItemInput, user: RequestUser): Promise<ActionItemRecord> {
    this.writes.authorize('create', user, 'own', 'ActionItem');
    const check = new InputCheck();
    checkId(check, 'meetingId', input.meetingId);
    checkTitle(check, input.title, true);
    checkDueDate(check, input.dueDate);
    if (input.ownerId) checkId(check, 'ownerId', input.ownerId);
    if (input.agendaItemId) checkId(check, 'agendaItemId', input.agendaItemId);
    check.done();
    const values: Snapshot = {
      title: input.title.trim(),
      dueDate: input.dueDate || null,
      status: 'open',
      doneOn: null,
      meetingId: input.meetingId,
      ownerId: input.ownerId || null,
      agendaItemId: input.agendaItemId || null,
    };
    return this.writes.create<ActionItemRecord>(ACTION_ITEM_CONCEPT, values, user, {
      clientId: input.id,
      check: async (tx) => {
        if (!input.agendaItemId) return;
        const meetingId = await this.repository.meetingOfAgendaItem(tx, input.agendaItemId);
        // An unknown agenda item is named by the reference check that follows.
        if (meetingId !== null && meetingId !== input.meetingId)
          throw badField('agendaItemId', MEETING_REFUSALS.otherMeeting());
      },
    });
  }

  async update(id: string, expectedRevision: number, input: UpdateActionItemInput, user: RequestUser) {
    this.writes.authorize('update', user, 'own', 'ActionItem');
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkDueDate(check, input.dueDate);
    if (input.ownerId) checkId(check, 'ownerId', input.ownerId);
    check.done();
    return this.writes.update<ActionItemRecord>(
      ACTION_ITEM_CONCEPT,
      id,
      expectedRevision,
      user,
      (current) => {
        const patch: Snapshot = {};
        if (typeof input.title === 'string') patch.title = input.title.trim();
        if (input.dueDate !== undefined) patch.dueDate = input.dueDate || null;
        if (input.ownerId !== undefined) patch.ownerId = input.ownerId || null;
        if (input.status && input.status !== current.status) {
          patch.status = input.status;
          patch.doneOn = input.status === 'done' ? berlinToday() : null;
        }
        return patch;
      },
    );
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(ACTION_ITEM_CONCEPT, id, user);
    return id;
  }
}
