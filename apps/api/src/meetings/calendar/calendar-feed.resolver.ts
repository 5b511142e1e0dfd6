import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../../auth/request-user.js';
import { CalendarService } from './calendar.service.js';

@ObjectType('CalendarFeedLink', { description: 'A new secret calendar link; its path is shown only now.' })
export class CalendarFeedLinkModel {
  @Field({ description: 'Append to the app’s address: /calendar/<token>/meetings.ics' })
  path: string;

  @Field({ description: 'ISO 8601 timestamp' })
  createdAt: string;
}

@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Query(() => String, {
    nullable: true,
    description: 'When my live calendar link was created; null if I have none.',
  })
  @RequireRole('member')
  myCalendarFeedSince(@CurrentUser() user: RequestUser): Promise<string | null> {
    return this.calendar.feedSince(user);
  }

  @Mutation(() => CalendarFeedLinkModel, {
    description: 'Creates my secret calendar link; an older one stops working.',
  })
  @RequireRole('member')
  createCalendarFeed(@CurrentUser() user: RequestUser) {
    return this.calendar.createFeed(user);
  }

  @Mutation(() => Boolean, { description: 'Revokes my calendar link; whether there was one.' })
  @RequireRole('member')
  revokeCalendarFeed(@CurrentUser() user: RequestUser): Promise<boolean> {
    return this.calendar.revokeFeed(user);
  }
}
