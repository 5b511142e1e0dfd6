import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/paths';
import { UNREAD_NOTIFICATION_COUNT } from '../graphql/unread-count';

const POLL_MS = 60_000;

/** The frame's bell: the unread count, asked once a minute; the list is its own lazy page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT, {
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <Link
      to={paths.notifications()}
      className="notification-bell"
      aria-label={t('layout.notifications', { count })}
    >
      <svg
        aria-hidden="true"
        width="20"
        height="20"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 ? <span className="notification-count">{count > 99 ? '99+' : count}</span> : null}
    </Link>
  );
}
