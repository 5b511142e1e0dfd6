import { useMutation, useQuery } from '@apollo/client/react';
import { Group, MultiSelect, Radio, SimpleGrid, TextInput } from '@mantine/core';
import { LIMITS, isLocalDateTime } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { MeetingKind } from '../../../graphql/generated/graphql';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormCard } from '../../../shared/forms/FormCard';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { type Rule, rules } from '../../../shared/forms/rules';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { paths, recordPaths } from '../../../shared/paths';
import {
  CREATE_MEETING,
  DELETE_MEETING,
  MEETING,
  MEETING_ACTOR_OPTIONS,
  UPDATE_MEETING,
} from '../graphql/meetings';

type MeetingFormValues = {
  kind: MeetingKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  attendeeIds: string[];
};

const time: Rule = (value) =>
  value !== '' && !isLocalDateTime(value) ? { key: 'meetings.invalidTime' } : undefined;
const afterStart: Rule = (value, values) =>
  value !== '' && typeof values.startsAt === 'string' && value <= values.startsAt
    ? { key: 'meetings.endBeforeStart' }
    : undefined;

const FIELD_RULES = {
  title: [rules.required, rules.maxLength(LIMITS.title)],
  startsAt: [rules.required, time],
  endsAt: [rules.required, time, afterStart],
  place: [rules.maxLength(LIMITS.shortText)],
};

const EMPTY: MeetingFormValues = {
  kind: 'network',
  title: '',
  startsAt: '',
  endsAt: '',
  place: '',
  attendeeIds: [],
};

const toInput = (v: MeetingFormValues) => ({
  kind: v.kind,
  title: v.title.trim(),
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  place: v.place.trim() === '' ? null : v.place.trim(),
  attendeeIds: v.attendeeIds,
});

/** A meeting's form (steering group): kind, title, Berlin times, place and who attended. */
export function MeetingFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const existing = useQuery(MEETING, { variables: { id: id ?? '' }, skip: !editing });
  const meeting = existing.data?.meeting;
  const edit = useEditForm({
    record: meeting,
    empty: EMPTY,
    fromRecord: (record: NonNullable<typeof meeting>) => ({
      kind: record.kind,
      title: record.title,
      startsAt: record.startsAt,
      endsAt: record.endsAt,
      place: record.place ?? '',
      attendeeIds: record.attendeeIds,
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`meetings.fields.${field}`),
  });
  const { form } = edit;
  const actors = useSearchOptions(MEETING_ACTOR_OPTIONS, (data) =>
    data.actors.edges.map(({ node }) => ({ value: node.id, label: node.name })),
  );
  const [create, creating] = useMutation(CREATE_MEETING, { refetchQueries: ['Meetings'] });
  const [update, updating] = useMutation(UPDATE_MEETING);
  const [remove] = useMutation(DELETE_MEETING, { refetchQueries: ['Meetings'] });

  if (editing && existing.error && !meeting)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !meeting) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const input = toInput(form.values);
    if (editing && id) {
      await update({ variables: { id, expectedRevision, input } });
      navigate(paths.meeting(id));
    } else {
      const { data } = await create({ variables: { input: { ...input, id: createId } } });
      if (data) navigate(paths.meeting(data.createMeeting.id));
    }
  });
  const known = Object.fromEntries((meeting?.attendees ?? []).map((a) => [a.id, a.name]));
  const attendeeOptions = actors
    .withSelected(form.values.attendeeIds)
    .map((o) => (known[o.value] ? { ...o, label: known[o.value] } : o));

  return (
    <>
      <FormPageHeader
        title={editing ? t('meetings.editTitle') : t('meetings.createTitle')}
        id={id}
        to={recordPaths.meetings}
        listLabel={t('meetings.title')}
        name={meeting?.title}
      />
      <FormCard problem={edit.problem} edit={edit} onSubmit={submit} maw={760}>
        <Radio.Group
          label={t('meetings.fields.kind')}
          value={form.values.kind}
          onChange={(value) => form.setValue('kind', value as MeetingKind)}
        >
          <Group mt="xs">
            {(['network', 'special', 'steering'] as const).map((kind) => (
              <Radio key={kind} value={kind} label={t(`meetings.kinds.${kind}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput label={t('meetings.fields.title')} required {...form.textProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            required
            label={t('meetings.fields.startsAt')}
            description={t('meetings.timeHint')}
            {...form.textProps('startsAt')}
          />
          <TextInput
            type="datetime-local"
            required
            label={t('meetings.fields.endsAt')}
            {...form.textProps('endsAt')}
          />
        </SimpleGrid>
        <TextInput label={t('meetings.fields.place')} {...form.textProps('place')} />
        <MultiSelect
          label={t('meetings.fields.attendeeIds')}
          description={t('meetings.attendanceHint')}
          data={attendeeOptions}
          value={form.values.attendeeIds}
          onChange={(value) => form.setValue('attendeeIds', value)}
          searchable
          searchValue={actors.search}
          onSearchChange={actors.setSearch}
          clearable
          nothingFoundMessage={t('meetings.nothingFound')}
        />
        <FormActions to={recordPaths.meetings} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
      {editing && id ? (
        <Group mt="lg">
          <ConfirmDelete
            name={meeting?.title ?? ''}
            onConfirm={async () => {
              await remove({ variables: { id } });
              navigate(paths.meetings());
            }}
          />
        </Group>
      ) : null}
    </>
  );
}
