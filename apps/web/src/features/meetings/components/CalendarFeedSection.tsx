import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { CALENDAR_FEED_SINCE, CREATE_CALENDAR_FEED, REVOKE_CALENDAR_FEED } from '../graphql/meetings';

/** The person's secret calendar link: shown once when created, revocable. */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const since = useQuery(CALENDAR_FEED_SINCE, { fetchPolicy: 'cache-and-network' });
  const [link, setLink] = useState<string | null>(null);
  const refetchQueries = [{ query: CALENDAR_FEED_SINCE }];
  const [create, creating] = useMutation(CREATE_CALENDAR_FEED, { refetchQueries });
  const [revoke, revoking] = useMutation(REVOKE_CALENDAR_FEED, { refetchQueries });
  const live = since.data?.myCalendarFeedSince ?? null;

  return (
    <section aria-labelledby="calendar-heading">
      <Stack gap="sm">
        <Title order={2} id="calendar-heading">
          {t('meetings.feed.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('meetings.feed.hint')}
        </Text>
        {link ? (
          <Alert color="teal" variant="light" role="status" title={t('meetings.feed.created')}>
            <Code block>{`${window.location.origin}${link}`}</Code>
          </Alert>
        ) : live ? (
          <Text>{t('meetings.feed.liveSince', { since: formatDateTime(live) })}</Text>
        ) : (
          <Text>{t('meetings.feed.none')}</Text>
        )}
        <Group>
          <Button
            loading={creating.loading}
            onClick={() => void create().then(({ data }) => setLink(data?.createCalendarFeed.path ?? null))}
          >
            {live ? t('meetings.feed.renew') : t('meetings.feed.create')}
          </Button>
          {live ? (
            <Button
              variant="default"
              color="red"
              loading={revoking.loading}
              onClick={() => void revoke().then(() => setLink(null))}
            >
              {t('meetings.feed.revoke')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </section>
  );
}
