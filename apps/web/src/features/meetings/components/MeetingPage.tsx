import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BackLink } from '../../../shared/components/BackLink';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { paths } from '../../../shared/paths';
import { useSession } from '../../auth';
import { formatWallTime } from '../format';
import { MEETING } from '../graphql/meetings';
import { ActionItemForm } from './ActionItemForm';
import { ActionItemTable } from './ActionItemTable';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaSection } from './AgendaSection';
import { MinutesSection } from './MinutesSection';

/** One meeting: its facts and invitation, agenda with decisions, carried-over and new action items, minutes, attendance. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const editable = can('steering');
  const query = useQuery(MEETING, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [raiseFrom, setRaiseFrom] = useState('');
  const refresh = () => void query.refetch();

  return (
    <QueryState
      {...query}
      data={query.data?.meeting}
      list={{ path: paths.meetings(), label: t('meetings.title') }}
    >
      {(meeting) => (
        <Stack gap="lg">
          <PageHeader
            title={meeting.title}
            eyebrow={
              <BackLink to={paths.meetings(meeting.startsAt.slice(0, 4))}>{t('meetings.title')}</BackLink>
            }
            description={
              <Group gap="sm">
                <Badge variant="light">{t(`meetings.kinds.${meeting.kind}`)}</Badge>
                <Text>
                  {formatWallTime(meeting.startsAt)} – {formatWallTime(meeting.endsAt).split(', ')[1]}
                  {meeting.place ? ` · ${meeting.place}` : ''}
                </Text>
              </Group>
            }
            actions={
              <Group>
                <Button
                  component="a"
                  variant="default"
                  href={`/meetings/${meeting.id}/invitation.ics`}
                  download
                >
                  {t('meetings.invitation')}
                </Button>
                {editable ? (
                  <Button component={Link} to={paths.meetingEdit(meeting.id)}>
                    {t('meetings.edit')}
                  </Button>
                ) : null}
              </Group>
            }
          />
          <section aria-labelledby="carried-heading">
            <Stack gap="sm">
              <Title order={2} id="carried-heading">
                {t('meetings.carried.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('meetings.carried.hint')}
              </Text>
              <ActionItemTable
                caption={t('meetings.carried.title')}
                items={meeting.carriedOverActionItems}
                empty={t('meetings.carried.none')}
                editable={editable}
                withMeeting
                onChanged={refresh}
              />
            </Stack>
          </section>
          <AgendaSection
            agenda={meeting.agenda}
            editable={editable}
            onRaise={(itemId) => {
              setRaiseFrom(itemId);
              document.getElementById('neue-aufgabe')?.scrollIntoView();
            }}
          />
          {editable ? <AgendaItemForm meetingId={meeting.id} onAdded={refresh} /> : null}
          <section aria-labelledby="actions-heading">
            <Stack gap="sm">
              <Title order={2} id="actions-heading">
                {t('meetings.action.sectionTitle')}
              </Title>
              <ActionItemTable
                caption={t('meetings.action.sectionTitle')}
                items={meeting.actionItems}
                empty={t('meetings.action.none')}
                editable={editable}
                onChanged={refresh}
              />
              {editable ? (
                <ActionItemForm
                  meetingId={meeting.id}
                  agenda={meeting.agenda}
                  agendaItemId={raiseFrom}
                  onAgendaItemChange={setRaiseFrom}
                  onAdded={refresh}
                />
              ) : null}
            </Stack>
          </section>
          <MinutesSection
            meetingId={meeting.id}
            minutes={meeting.minutes}
            revision={meeting.revision}
            editable={editable}
          />
          <section aria-labelledby="attendance-heading">
            <Stack gap="sm">
              <Title order={2} id="attendance-heading">
                {t('meetings.attendance')}
              </Title>
              {meeting.attendees.length === 0 ? (
                <Text c="dimmed">{t('meetings.noAttendance')}</Text>
              ) : (
                <List>
                  {meeting.attendees.map((actor) => (
                    <List.Item key={actor.id}>
                      <Anchor component={Link} to={paths.actor(actor.id)}>
                        {actor.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          </section>
        </Stack>
      )}
    </QueryState>
  );
}
