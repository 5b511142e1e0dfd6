import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { NotificationConnection, NotificationModel } from './models/notification.model.js';
import { NotificationsService } from './notifications.service.js';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnection, {
    description: "The signed-in person's notifications, newest first, one page at a time.",
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  myNotifications(
    @CurrentUser() user: RequestUser,
    @TotalCountSelected() withCount: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ) {
    return this.service.list({ first, after, unreadOnly }, user, withCount);
  }

  @Query(() => Int, { description: 'How many of my notifications are unread.' })
  @RequireRole('member')
  unreadNotificationCount(@CurrentUser() user: RequestUser): Promise<number> {
    return this.service.unreadCount(user);
  }

  @Mutation(() => Int, { description: 'Marks my notifications read; returns how many stay unread.' })
  @RequireRole('member')
  markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentUser() user: RequestUser,
  ): Promise<number> {
    return this.service.markRead(ids, user);
  }

  @Mutation(() => Int, { description: 'Marks all my notifications read; returns 0.' })
  @RequireRole('member')
  markAllNotificationsRead(@CurrentUser() user: RequestUser): Promise<number> {
    return this.service.markAllRead(user);
  }
}
