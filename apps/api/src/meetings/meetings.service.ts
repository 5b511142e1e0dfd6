import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  InputCheck,
  MEETING_REFUSALS,
  REFUSALS,
  FIELD_LABELS,
  badField,
  blankAsNull,
  checkIdList,
  checkTitle,
  idSet,
  notFound,
  proposedNetworkMeetings,
  quarterOf,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import type { Snapshot } from '../store/write/concept.js';
import { WritePath } from '../store/write/write-path.js';
import type {
  CreateMeetingInput,
  ProposeNetworkMeetingsInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs.js';
import { MEETING_CONCEPT } from './meeting.concept.js';
import { checkMinutes, checkPlace, checkTime } from './meeting-input.check.js';
import type { MeetingRecord } from './meeting.types.js';
import { MeetingsRepository } from './meetings.repository.js';

const PROPOSED_TITLE = (quarter: number, year: number) => `Netzwerktreffen Q${quarter}/${year}`;

@Injectable()
export class MeetingsService {
  constructor(
    private readonly repository: MeetingsRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(MEETING_CONCEPT);
  }

  async meeting(id: string): Promise<MeetingRecord> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(ENTITY_LABELS.Meeting.singular, id);
    return found;
  }

  meetings(year: number): Promise<MeetingRecord[]> {
    const check = new InputCheck();
    check.custom(
      'year',
      Number.isInteger(year) && year >= 1900 && year <= 2999,
      REFUSALS.outOfRange(FIELD_LABELS.year, 1900, 2999),
    );
    check.done();
    return this.repository.inYear(year);
  }

  async create(input: CreateMeetingInput, user: RequestUser): Promise<MeetingRecord> {
    this.writes.authorize('create', user, 'own', 'Meeting');
    const check = new InputCheck();
    checkTitle(check, input.title, true);
    checkTime(check, 'startsAt', input.startsAt, true);
    checkTime(check, 'endsAt', input.endsAt, true);
    checkPlace(check, input.place);
    checkIdList(check, 'attendeeIds', { de: 'Die Teilnehmenden', en: 'The attendees' }, input.attendeeIds);
    check.done();
    if (input.endsAt <= input.startsAt) throw badField('endsAt', MEETING_REFUSALS.endBeforeStart());
    const values: Snapshot = {
      kind: input.kind,
      title: input.title.trim(),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      place: blankAsNull(input.place),
      minutes: null,
      attendeeIds: idSet(input.attendeeIds),
    };
    return this.writes.create<MeetingRecord>(MEETING_CONCEPT, values, user, { clientId: input.id });
  }

  async update(id: string, expectedRevision: number, input: UpdateMeetingInput, user: RequestUser) {
    this.writes.authorize('update', user, 'own', 'Meeting');
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkTime(check, 'startsAt', input.startsAt, false);
    checkTime(check, 'endsAt', input.endsAt, false);
    checkPlace(check, input.place);
    checkMinutes(check, input.minutes);
    checkIdList(check, 'attendeeIds', { de: 'Die Teilnehmenden', en: 'The attendees' }, input.attendeeIds);
    check.done();
    return this.writes.update<MeetingRecord>(MEETING_CONCEPT, id, expectedRevision, user, (current) => {
      const patch: Snapshot = {};
      if (input.kind) patch.kind = input.kind;
      if (typeof input.title === 'string') patch.title = input.title.trim();
      if (input.startsAt) patch.startsAt = input.startsAt;
      if (input.endsAt) patch.endsAt = input.endsAt;
      if (input.place !== undefined) patch.place = blankAsNull(input.place);
      if (input.minutes !== undefined)
        patch.minutes = input.minutes === null || input.minutes.trim() === '' ? null : input.minutes;
      if (input.attendeeIds !== undefined && input.attendeeIds !== null)
        patch.attendeeIds = idSet(input.attendeeIds);
      const startsAt = String(patch.startsAt ?? current.startsAt);
      const endsAt = String(patch.endsAt ?? current.endsAt);
      if (endsAt <= startsAt) throw badField('endsAt', MEETING_REFUSALS.endBeforeStart());
      return patch;
    });
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(MEETING_CONCEPT, id, user);
    return id;
  }

  /**
   * The year's four network meetings in one step: one per quarter that has none yet (a second call fills
   * only what is missing), on the second Wednesday of the quarter's middle month, 10:00–13:00. Returns the
   * year's network meetings.
   */
  async proposeNetworkMeetings(
    input: ProposeNetworkMeetingsInput,
    user: RequestUser,
  ): Promise<MeetingRecord[]> {
    this.writes.authorize('create', user, 'own', 'Meeting');
    const check = new InputCheck();
    check.custom(
      'year',
      Number.isInteger(input.year) && input.year >= 2000 && input.year <= 2999,
      REFUSALS.outOfRange(FIELD_LABELS.year, 2000, 2999),
    );
    checkPlace(check, input.place);
    check.done();
    const held = new Set(
      (await this.repository.inYear(input.year))
        .filter((m) => m.kind === 'network')
        .map((m) => quarterOf(m.startsAt)),
    );
    for (const proposal of proposedNetworkMeetings(input.year)) {
      if (held.has(proposal.quarter)) continue;
      await this.writes.create<MeetingRecord>(
        MEETING_CONCEPT,
        {
          kind: 'network',
          title: PROPOSED_TITLE(proposal.quarter, input.year),
          startsAt: proposal.startsAt,
          endsAt: proposal.endsAt,
          place: blankAsNull(input.place),
          minutes: null,
          attendeeIds: [],
        },
        user,
      );
    }
    return (await this.repository.inYear(input.year)).filter((m) => m.kind === 'network');
  }
}
