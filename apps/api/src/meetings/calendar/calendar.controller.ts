import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public, RequireRole } from '../../auth/access.decorator.js';
import { type CalendarFile, CalendarService } from './calendar.service.js';

function send(res: Response, file: CalendarFile): void {
  res.status(200);
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(file.body);
}

/** GET /meetings/:id/invitation.ics: one meeting as an invitation, for any signed-in account. */
@Controller('meetings/:id')
@RequireRole('member')
export class MeetingInvitationController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('invitation.ics')
  async invitation(@Param('id') id: string, @Res() res: Response): Promise<void> {
    send(res, await this.calendar.invitation(id));
  }
}

/**
 * GET /calendar/:token/meetings.ics: a person's calendar feed. Calendar programs send no cookie, so
 * the secret token in the address is the credential: revoked or unknown, it is refused with 404.
 */
@Controller('calendar/:token')
@Public()
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('meetings.ics')
  async feed(@Param('token') token: string, @Res() res: Response): Promise<void> {
    send(res, await this.calendar.feed(token));
  }
}
