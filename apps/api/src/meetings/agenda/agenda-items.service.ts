import { Injectable } from '@nestjs/common';
import {
  InputCheck,
  REFUSALS,
  checkId,
  checkIdList,
  checkTitle,
  emptyAsNull,
  idSet,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../../auth/request-user.js';
import type { Snapshot } from '../../store/write/concept.js';
import { WritePath } from '../../store/write/write-path.js';
import type { CreateAgendaItemInput, UpdateAgendaItemInput } from '../dto/agenda-item.inputs.js';
import { checkLongText } from '../meeting-input.check.js';
import type { AgendaItemRecord } from '../meeting.types.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { AGENDA_ITEM_CONCEPT } from './agenda-item.concept.js';

const LINK_LABELS = {
  challengeIds: { de: 'Die Herausforderungen', en: 'The challenges' },
  solutionIds: { de: 'Die Lösungsansätze', en: 'The solution approaches' },
  guidelineIds: { de: 'Die Leitfäden', en: 'The guidelines' },
} as const;
type LinkField = keyof typeof LINK_LABELS;
const LINK_FIELDS = Object.keys(LINK_LABELS) as LinkField[];

function checkPosition(check: InputCheck, value: unknown) {
  if (value === undefined || value === null) return check;
  return check.custom(
    'position',
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 1000,
    REFUSALS.outOfRange({ de: 'Die Position', en: 'The position' }, 1, 1000),
  );
}

/** Agenda items: what a meeting deals with, linked to challenges, solution approaches and guidelines. */
@Injectable()
export class AgendaItemsService {
  constructor(
    private readonly repository: MeetingsRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(AGENDA_ITEM_CONCEPT);
  }

  agenda(meetingId: string): Promise<AgendaItemRecord[]> {
    return this.repository.agenda(meetingId);
  }

  async create(input: CreateAgendaItemInput, user: RequestUser): Promise<AgendaItemRecord> {
    this.writes.authorize('create', user, 'own', 'AgendaItem');
    const check = new InputCheck();
    checkId(check, 'meetingId', input.meetingId);
    checkTitle(check, input.title, true);
    checkPosition(check, input.position);
    checkLongText(check, 'notes', input.notes);
    for (const field of LINK_FIELDS) checkIdList(check, field, LINK_LABELS[field], input[field]);
    check.done();
    const values: Snapshot = {
      title: input.title.trim(),
      position: input.position ?? 0,
      notes: emptyAsNull(input.notes),
      decision: null,
      meetingId: input.meetingId,
      ...Object.fromEntries(LINK_FIELDS.map((field) => [field, idSet(input[field])])),
    };
    return this.writes.create<AgendaItemRecord>(AGENDA_ITEM_CONCEPT, values, user, {
      clientId: input.id,
      check: async (tx) => {
        if (!input.position) values.position = await this.repository.nextPosition(tx, input.meetingId);
      },
    });
  }

  async update(id: string, expectedRevision: number, input: UpdateAgendaItemInput, user: RequestUser) {
    this.writes.authorize('update', user, 'own', 'AgendaItem');
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkPosition(check, input.position);
    checkLongText(check, 'notes', input.notes);
    checkLongText(check, 'decision', input.decision);
    for (const field of LINK_FIELDS) checkIdList(check, field, LINK_LABELS[field], input[field]);
    check.done();
    return this.writes.update<AgendaItemRecord>(AGENDA_ITEM_CONCEPT, id, expectedRevision, user, () => {
      const patch: Snapshot = {};
      if (typeof input.title === 'string') patch.title = input.title.trim();
      if (input.position) patch.position = input.position;
      if (input.notes !== undefined) patch.notes = emptyAsNull(input.notes);
      if (input.decision !== undefined) patch.decision = emptyAsNull(input.decision);
      for (const field of LINK_FIELDS) {
        const ids = input[field];
        if (ids !== undefined && ids !== null) patch[field] = idSet(ids);
      }
      return patch;
    });
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(AGENDA_ITEM_CONCEPT, id, user);
    return id;
  }
}
