import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { germanDay } from '@netzwerkstatt/domain';
import { formatDateTime } from '../../../shared/format/date';
import { paths } from '../../../shared/paths';
import {
  MARK_ALL_NOTIFICATIONS_READ,
  MARK_NOTIFICATIONS_READ,
  MY_NOTIFICATIONS,
} from '../graphql/notifications';
import { UNREAD_NOTIFICATION_COUNT } from '../graphql/unread-count';

const PAGE = 30;

/** The signed-in person's notifications, newest first. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(MY_NOTIFICATIONS, {
    variables: { first: PAGE, unreadOnly },
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [{ query: UNREAD_NOTIFICATION_COUNT }];
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries });
  const [markAllRead, markingAll] = useMutation(MARK_ALL_NOTIFICATIONS_READ, { refetchQueries });

  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <LoadingState />;
  const connection = data?.myNotifications;
  const items = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="md">
      <Title order={1}>{t('notifications.title')}</Title>
      <Group justify="space-between">
        <Checkbox
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(event) => setUnreadOnly(event.currentTarget.checked)}
        />
        <Button
          variant="light"
          loading={markingAll.loading}
          onClick={() => void markAllRead().then(() => refetch())}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed">{t('notifications.empty')}</Text>
      ) : (
        <ul className="notification-list">
          {items.map((item) => (
            <li key={item.id} data-read={item.read}>
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <div>
                  {!item.read ? <span className="visually-hidden">{t('notifications.unread')}: </span> : null}
                  {item.kind === 'mandate_confirmation_due' ? (
                    <Link
                      to={paths.steeringGroup()}
                      onClick={() =>
                        item.read ? undefined : void markRead({ variables: { ids: [item.id] } })
                      }
                    >
                      {item.mandate
                        ? t('notifications.confirmationDue', {
                            person: item.mandate.personName ?? '',
                            actor: item.mandate.actorName ?? '',
                            end: germanDay(item.mandate.endDate),
                          })
                        : t('notifications.confirmationDueGone')}
                    </Link>
                  ) : item.guidelineId ? (
                    <Link
                      to={`${paths.guideline(item.guidelineId)}${item.commentId ? `#kommentar-${item.commentId}` : ''}`}
                      onClick={() =>
                        item.read ? undefined : void markRead({ variables: { ids: [item.id] } })
                      }
                    >
                      {t('notifications.commentMention', {
                        actor: item.actorName ?? '',
                        guideline: item.guidelineTitle ?? t('notifications.unknownGuideline'),
                      })}
                    </Link>
                  ) : (
                    t('notifications.commentMention', {
                      actor: item.actorName ?? '',
                      guideline: t('notifications.unknownGuideline'),
                    })
                  )}
                  <Text size="sm" c="dimmed">
                    <time dateTime={item.at}>{formatDateTime(item.at)}</time>
                  </Text>
                </div>
                {!item.read ? (
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => void markRead({ variables: { ids: [item.id] } }).then(() => refetch())}
                  >
                    {t('notifications.markRead')}
                  </Button>
                ) : null}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          onClick={() =>
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                myNotifications: {
                  ...fetchMoreResult.myNotifications,
                  edges: [...previous.myNotifications.edges, ...fetchMoreResult.myNotifications.edges],
                },
              }),
            })
          }
        >
          {t('notifications.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
