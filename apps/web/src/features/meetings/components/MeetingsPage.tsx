import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { describeProblem } from '../../../shared/errors/apiError';
import { paths } from '../../../shared/paths';
import { useSession } from '../../auth';
import { formatWallTime } from '../format';
import { MEETINGS, OPEN_ACTION_ITEMS, PROPOSE_NETWORK_MEETINGS } from '../graphql/meetings';
import { ActionItemTable } from './ActionItemTable';
import { CalendarFeedSection } from './CalendarFeedSection';

/** A year's meetings (?jahr=), the step that plans next year's four, open action items, the calendar link. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const editable = can('steering');
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const chosen = Number(params.get('jahr'));
  const year = Number.isInteger(chosen) && chosen >= 2000 && chosen <= 2999 ? chosen : thisYear;
  const list = useQuery(MEETINGS, { variables: { year }, fetchPolicy: 'cache-and-network' });
  const open = useQuery(OPEN_ACTION_ITEMS, { fetchPolicy: 'cache-and-network' });
  const [propose, proposing] = useMutation(PROPOSE_NETWORK_MEETINGS, { refetchQueries: ['Meetings'] });
  const goTo = (next: number) => setParams(next === thisYear ? {} : { jahr: String(next) });
  const meetings = list.data?.meetings ?? [];
  const networkCount = meetings.filter((m) => m.kind === 'network').length;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('meetings.title')}
        description={t('meetings.intro')}
        actions={
          editable ? (
            <Button component={Link} to={paths.meetingNew()}>
              {t('meetings.new')}
            </Button>
          ) : null
        }
      />
      <section aria-labelledby="year-heading">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} id="year-heading">
              {t('meetings.yearTitle', { year })}
            </Title>
            <Group gap="xs">
              <Button variant="default" onClick={() => goTo(year - 1)}>
                {t('meetings.previousYear', { year: year - 1 })}
              </Button>
              <Button variant="default" onClick={() => goTo(year + 1)}>
                {t('meetings.nextYear', { year: year + 1 })}
              </Button>
            </Group>
          </Group>
          <Text aria-live="polite">{t('meetings.networkCount', { count: networkCount })}</Text>
          {editable && networkCount < 4 ? (
            <Group>
              <Button
                variant="light"
                loading={proposing.loading}
                onClick={() => void propose({ variables: { input: { year } } }).catch(() => undefined)}
              >
                {t('meetings.propose', { year })}
              </Button>
              <Text size="sm" c="dimmed">
                {t('meetings.proposeHint')}
              </Text>
            </Group>
          ) : null}
          {proposing.error ? <FormProblem problem={describeProblem(proposing.error)} /> : null}
          {list.error ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : !list.data ? (
            <LoadingState />
          ) : meetings.length === 0 ? (
            <Text c="dimmed">{t('meetings.noneInYear', { year })}</Text>
          ) : (
            <Table striped withTableBorder>
              <Table.Caption>{t('meetings.yearTitle', { year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('meetings.columns.when')}</Table.Th>
                  <Table.Th scope="col">{t('meetings.columns.title')}</Table.Th>
                  <Table.Th scope="col">{t('meetings.columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('meetings.columns.place')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {meetings.map((meeting) => (
                  <Table.Tr key={meeting.id}>
                    <Table.Td>{formatWallTime(meeting.startsAt)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.meeting(meeting.id)}>
                        {meeting.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`meetings.kinds.${meeting.kind}`)}</Badge>
                    </Table.Td>
                    <Table.Td>{meeting.place ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </section>
      <section aria-labelledby="open-heading">
        <Stack gap="sm">
          <Title order={2} id="open-heading">
            {t('meetings.openTitle')}
          </Title>
          {open.error ? (
            <ErrorState error={open.error} onRetry={() => void open.refetch()} />
          ) : !open.data ? (
            <LoadingState />
          ) : (
            <ActionItemTable
              caption={t('meetings.openTitle')}
              items={open.data.openActionItems}
              empty={t('meetings.noneOpen')}
              editable={editable}
              withMeeting
              onChanged={() => void open.refetch()}
            />
          )}
        </Stack>
      </section>
      <CalendarFeedSection />
    </Stack>
  );
}
