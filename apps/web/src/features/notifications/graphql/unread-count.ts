import { graphql } from '../../../graphql/generated';

/** The bell's only question; small enough to ask every minute. */
export const UNREAD_NOTIFICATION_COUNT = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
