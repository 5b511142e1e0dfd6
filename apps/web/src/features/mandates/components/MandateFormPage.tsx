import { useMutation, useQuery } from '@apollo/client/react';
import { Group, Radio, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { addDays, germanDay, isIsoDay, mandateEnd } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormCard } from '../../../shared/forms/FormCard';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import type { Rule } from '../../../shared/forms/rules';
import { rules } from '../../../shared/forms/rules';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { paths, recordPaths } from '../../../shared/paths';
import {
  CREATE_MANDATE,
  DELETE_MANDATE,
  MANDATE,
  MANDATE_ACTOR_OPTIONS,
  MANDATE_PERSON_OPTIONS,
  UPDATE_MANDATE,
} from '../graphql/mandates';

type MandateFormValues = {
  personId: string;
  actorId: string;
  startDate: string;
  endDate: string;
  kind: 'confirmed' | 'new';
};

const day: Rule = (value) => (value !== '' && !isIsoDay(value) ? { key: 'mandates.invalidDay' } : undefined);

const FIELD_RULES = {
  personId: [rules.required],
  actorId: [rules.required],
  startDate: [rules.required, day],
  endDate: [day],
};

const EMPTY: MandateFormValues = { personId: '', actorId: '', startDate: '', endDate: '', kind: 'new' };

/** An empty end means start + 3 years, which the server sets. */
const toInput = (v: MandateFormValues) => ({
  personId: v.personId,
  actorId: v.actorId,
  startDate: v.startDate,
  endDate: v.endDate === '' ? null : v.endDate,
  kind: v.kind,
});

/** A mandate's form (steering group): person, organisation, start, optional earlier end, how it came about. */
export function MandateFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const existing = useQuery(MANDATE, { variables: { id: id ?? '' }, skip: !editing });
  const mandate = existing.data?.mandate;
  const edit = useEditForm({
    record: mandate,
    empty: EMPTY,
    fromRecord: (record: NonNullable<typeof mandate>) => ({
      personId: record.personId ?? '',
      actorId: record.actorId ?? '',
      startDate: record.startDate,
      endDate: record.endDate,
      kind: record.kind,
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`mandates.fields.${field}`),
  });
  const { form } = edit;
  const persons = useSearchOptions(MANDATE_PERSON_OPTIONS, (data) =>
    data.persons.edges.map(({ node }) => ({ value: node.id, label: node.name })),
  );
  const actors = useSearchOptions(MANDATE_ACTOR_OPTIONS, (data) =>
    data.actors.edges.map(({ node }) => ({ value: node.id, label: node.name })),
  );
  const refetchQueries = ['SteeringGroup', 'DueMandateConfirmations'];
  const [create, creating] = useMutation(CREATE_MANDATE, { refetchQueries });
  const [update, updating] = useMutation(UPDATE_MANDATE, { refetchQueries });
  const [remove] = useMutation(DELETE_MANDATE, { refetchQueries });

  if (editing && existing.error && !mandate)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !mandate) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const input = toInput(form.values);
    if (editing && id) {
      await update({ variables: { id, expectedRevision, input } });
    } else {
      await create({ variables: { input: { ...input, id: createId } } });
    }
    navigate(paths.steeringGroup());
  });

  const start = form.values.startDate;
  const end = form.values.endDate !== '' ? form.values.endDate : isIsoDay(start) ? mandateEnd(start) : '';
  const personOptions = persons
    .withSelected(form.values.personId ? [form.values.personId] : [])
    .map((o) => (o.value === mandate?.personId ? { ...o, label: mandate.personName ?? o.label } : o));
  const actorOptions = actors
    .withSelected(form.values.actorId ? [form.values.actorId] : [])
    .map((o) => (o.value === mandate?.actorId ? { ...o, label: mandate.actorName ?? o.label } : o));

  return (
    <>
      <FormPageHeader
        title={editing ? t('mandates.editTitle') : t('mandates.createTitle')}
        id={id}
        to={recordPaths.mandates}
        listLabel={t('mandates.title')}
        name={mandate?.personName ?? undefined}
      />
      <FormCard
        problem={edit.problem}
        edit={edit}
        onSubmit={submit}
        maw={760}
        intro={
          <Text size="sm" c="dimmed" mb="md">
            {t('mandates.formHint')}
          </Text>
        }
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('mandates.fields.personId')}
            required
            data={personOptions}
            value={form.values.personId || null}
            onChange={(value) => form.setValue('personId', value ?? '')}
            searchable
            searchValue={persons.search}
            onSearchChange={persons.setSearch}
            error={form.errorFor('personId')}
            nothingFoundMessage={t('mandates.nothingFound')}
          />
          <Select
            label={t('mandates.fields.actorId')}
            required
            data={actorOptions}
            value={form.values.actorId || null}
            onChange={(value) => form.setValue('actorId', value ?? '')}
            searchable
            searchValue={actors.search}
            onSearchChange={actors.setSearch}
            error={form.errorFor('actorId')}
            nothingFoundMessage={t('mandates.nothingFound')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="date"
            required
            label={t('mandates.fields.startDate')}
            {...form.textProps('startDate')}
            onChange={(event) => {
              form.setValue('startDate', event.currentTarget.value);
              // A new start moves the end with it, as the server does when no end is sent.
              if (editing) form.setValue('endDate', '');
            }}
          />
          <TextInput
            type="date"
            label={t('mandates.fields.endDate')}
            description={t('mandates.endHint')}
            {...form.textProps('endDate')}
          />
        </SimpleGrid>
        {end !== '' && isIsoDay(end) ? (
          <Text size="sm" aria-live="polite">
            {t('mandates.termPreview', {
              start: germanDay(start),
              lastDay: germanDay(addDays(end, -1)),
              end: germanDay(end),
            })}
          </Text>
        ) : null}
        <Radio.Group
          label={t('mandates.fields.kind')}
          value={form.values.kind}
          onChange={(value) => form.setValue('kind', value as MandateFormValues['kind'])}
        >
          <Group mt="xs">
            <Radio value="new" label={t('mandates.kinds.new')} />
            <Radio value="confirmed" label={t('mandates.kinds.confirmed')} />
          </Group>
        </Radio.Group>
        <FormActions to={recordPaths.mandates} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
      {editing && id ? (
        <Group mt="lg">
          <ConfirmDelete
            name={mandate?.personName ?? ''}
            onConfirm={async () => {
              await remove({ variables: { id } });
              navigate(paths.steeringGroup());
            }}
          />
        </Group>
      ) : null}
    </>
  );
}
