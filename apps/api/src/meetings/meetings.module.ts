import { Module } from '@nestjs/common';
import { ActionItemsResolver } from './action-items/action-items.resolver.js';
import { ActionItemsService } from './action-items/action-items.service.js';
import { AgendaItemsResolver } from './agenda/agenda-items.resolver.js';
import { AgendaItemsService } from './agenda/agenda-items.service.js';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver.js';
import { CalendarFeedsRepository } from './calendar/calendar-feeds.repository.js';
import { CalendarFeedController, MeetingInvitationController } from './calendar/calendar.controller.js';
import { CalendarService } from './calendar/calendar.service.js';
import { MeetingsRepository } from './meetings.repository.js';
import { MeetingsResolver } from './meetings.resolver.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  controllers: [MeetingInvitationController, CalendarFeedController],
  providers: [
    MeetingsRepository,
    MeetingsService,
    MeetingsResolver,
    AgendaItemsService,
    AgendaItemsResolver,
    ActionItemsService,
    ActionItemsResolver,
    CalendarFeedsRepository,
    CalendarService,
    CalendarFeedResolver,
  ],
})
export class MeetingsModule {}
