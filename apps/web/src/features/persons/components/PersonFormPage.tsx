import { useMutation, useQuery } from '@apollo/client/react';
import { Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormCard } from '../../../shared/forms/FormCard';
import { rules } from '../../../shared/forms/rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useActorOptions } from '../hooks/useActorOptions';
import { CREATE_PERSON, PERSON, UPDATE_PERSON } from '../graphql/persons';
import { paths, recordPaths } from '../../../shared/paths';

type PersonFormValues = {
  name: string;
  function: string;
  email: string;
  phone: string;
  actorId: string;
  role: string;
};

const FIELD_RULES = {
  name: [rules.required, rules.maxLength(LIMITS.name)],
  function: [rules.maxLength(LIMITS.shortText)],
  email: [rules.email, rules.maxLength(LIMITS.email)],
  phone: [rules.maxLength(LIMITS.shortText)],
  role: [rules.maxLength(LIMITS.shortText)],
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const EMPTY: PersonFormValues = { name: '', function: '', email: '', phone: '', actorId: '', role: '' };

/** The fields an update sends (organisation and role only when creating). */
const toInput = (v: PersonFormValues) => ({
  name: v.name.trim(),
  function: orNull(v.function),
  email: orNull(v.email),
  phone: orNull(v.phone),
});

export function PersonFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const editing = Boolean(id);
  const existing = useQuery(PERSON, { variables: { id: id ?? '' }, skip: !editing });
  const person = existing.data?.person;
  const edit = useEditForm({
    record: person,
    empty: { ...EMPTY, actorId: params.get('akteur') ?? '' },
    fromRecord: (record: NonNullable<typeof person>) => ({
      ...EMPTY,
      name: record.name,
      function: record.function ?? '',
      email: record.email ?? '',
      phone: record.phone ?? '',
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`persons.fields.${field}`),
  });
  const { form } = edit;
  const actors = useActorOptions({ skip: editing });
  const [create, creating] = useMutation(CREATE_PERSON);
  const [update, updating] = useMutation(UPDATE_PERSON);

  if (editing && existing.error && !person)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !person) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const v = form.values;
    const base = toInput(v);
    if (editing && id) {
      await update({ variables: { id, expectedRevision, input: base } });
      navigate(paths.person(id));
    } else {
      const input = {
        ...base,
        id: createId,
        actorId: v.actorId || null,
        role: v.actorId ? orNull(v.role) : null,
      };
      const { data } = await create({
        variables: { input },
        update: (cache) => cache.evict({ fieldName: 'persons' }),
      });
      if (data) navigate(paths.person(data.createPerson.id));
    }
  });

  return (
    <>
      <FormPageHeader
        title={editing ? t('persons.editTitle') : t('persons.createTitle')}
        id={id}
        to={recordPaths.persons}
        listLabel={t('persons.title')}
        name={person?.name}
      />
      <FormCard
        problem={edit.problem}
        edit={edit}
        onSubmit={submit}
        maw={760}
        intro={
          <Text size="sm" c="dimmed" mb="md">
            {t('persons.privacyHint')}
          </Text>
        }
      >
        <TextInput label={t('persons.fields.name')} required {...form.textProps('name')} />
        <TextInput label={t('persons.fields.function')} {...form.textProps('function')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('persons.fields.email')} type="email" {...form.textProps('email')} />
          <TextInput label={t('persons.fields.phone')} type="tel" {...form.textProps('phone')} />
        </SimpleGrid>
        {!editing ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('persons.fields.actor')}
              data={actors.options}
              value={form.values.actorId || null}
              onChange={(value) => form.setValue('actorId', value ?? '')}
              searchable
              searchValue={actors.search}
              onSearchChange={actors.setSearch}
              clearable
              error={form.errorFor('actorId')}
              nothingFoundMessage={t('persons.noActorFound')}
            />
            <TextInput
              label={t('persons.fields.role')}
              disabled={!form.values.actorId}
              {...form.textProps('role')}
            />
          </SimpleGrid>
        ) : null}
        <FormActions to={recordPaths.persons} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
