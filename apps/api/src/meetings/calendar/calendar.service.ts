import { Inject, Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  addDays,
  berlinToday,
  notFound,
  refuse,
  MEETING_REFUSALS,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../../auth/request-user.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { AppConfig } from '../../config/config.schema.js';
import { generateSessionToken, hashSessionToken } from '../../sessions/session-token.js';
import type { AgendaItemRecord, MeetingRecord } from '../meeting.types.js';
import { MeetingsRepository } from '../meetings.repository.js';
import { CalendarFeedsRepository } from './calendar-feeds.repository.js';
import { type CalendarEvent, toICalendar } from './ics.js';

const KIND_NAMES = {
  network: 'Netzwerktreffen',
  special: 'Sondertreffen',
  steering: 'Sitzung der Steuerungsgruppe',
};
/** The feed lists meetings from a year back on, at most this many. */
const FEED_LIMIT = 500;

export interface CalendarFile {
  fileName: string;
  body: string;
}

/** Invitations (.ics) for one meeting and each person's calendar feed of all meetings. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly feeds: CalendarFeedsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async invitation(meetingId: string): Promise<CalendarFile> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw notFound(ENTITY_LABELS.Meeting.singular, meetingId);
    const agenda = await this.meetings.agenda(meetingId);
    return {
      fileName: `treffen-${meeting.startsAt.slice(0, 10)}.ics`,
      body: toICalendar([this.event(meeting, agenda)], meeting.title),
    };
  }

  /** The feed behind a secret link; a revoked or unknown token is refused (NOT_FOUND, FEED_REVOKED). */
  async feed(token: string): Promise<CalendarFile> {
    if (!(await this.feeds.isLive(hashSessionToken(token))))
      throw refuse('NOT_FOUND', MEETING_REFUSALS.feedRevoked());
    const meetings = await this.meetings.since(addDays(berlinToday(), -365), FEED_LIMIT);
    return {
      fileName: 'netzwerkstatt-treffen.ics',
      body: toICalendar(
        meetings.map((m) => this.event(m, [])),
        'Netzwerkstatt: Treffen',
      ),
    };
  }

  /** A new secret link for the person (the old one stops working); the path is shown once. */
  async createFeed(user: RequestUser): Promise<{ path: string; createdAt: string }> {
    const token = generateSessionToken();
    const createdAt = await this.feeds.replace(user.id, hashSessionToken(token));
    return { path: `/calendar/${token}/meetings.ics`, createdAt };
  }

  revokeFeed(user: RequestUser): Promise<boolean> {
    return this.feeds.revoke(user.id);
  }

  feedSince(user: RequestUser): Promise<string | null> {
    return this.feeds.liveSince(user.id);
  }

  private event(meeting: MeetingRecord, agenda: readonly AgendaItemRecord[]): CalendarEvent {
    const url = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/treffen/${meeting.id}`;
    const lines = [
      KIND_NAMES[meeting.kind],
      ...(agenda.length > 0
        ? ['', 'Tagesordnung:', ...agenda.map((item, i) => `${i + 1}. ${item.title}`)]
        : []),
      '',
      url,
    ];
    return {
      uid: `${meeting.id}@netzwerkstatt`,
      stamp: meeting.updatedAt,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      summary: meeting.title,
      location: meeting.place,
      description: lines.join('\n'),
      url,
      sequence: meeting.revision - 1,
    };
  }
}
