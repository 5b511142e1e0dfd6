import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@netzwerkstatt/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { ACTOR_OPTIONS, CREATE_PERSON, PERSON, UPDATE_PERSON } from '../graphql/persons';

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

export function PersonFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const editing = Boolean(id);
  const existing = useQuery(PERSON, { variables: { id: id ?? '' }, skip: !editing });
  const form = useForm<PersonFormValues>(
    { name: '', function: '', email: '', phone: '', actorId: params.get('akteur') ?? '', role: '' },
    FIELD_RULES,
  );
  const [actorSearch, setActorSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(actorSearch.trim(), 250);
  const actorOptions = useQuery(ACTOR_OPTIONS, {
    variables: { text: debouncedSearch || null },
    skip: editing,
  });
  const [problem, setProblem] = useState<ApiProblem>();
  const [create, creating] = useMutation(CREATE_PERSON);
  const [update, updating] = useMutation(UPDATE_PERSON);
  const person = existing.data?.person;

  useEffect(() => {
    if (!person) return;
    form.reset({
      name: person.name,
      function: person.function ?? '',
      email: person.email ?? '',
      phone: person.phone ?? '',
      actorId: '',
      role: '',
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [person?.id]);

  if (editing && existing.error && !person)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !person) return <LoadingState />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    const v = form.values;
    const base = {
      name: v.name.trim(),
      function: orNull(v.function),
      email: orNull(v.email),
      phone: orNull(v.phone),
    };
    try {
      if (editing && id) {
        await update({ variables: { id, input: base } });
        navigate(`/personen/${id}`);
      } else {
        const input = { ...base, actorId: v.actorId || null, role: v.actorId ? orNull(v.role) : null };
        const { data } = await create({
          variables: { input },
          update: (cache) => cache.evict({ fieldName: 'persons' }),
        });
        if (data) navigate(`/personen/${data.createPerson.id}`);
      }
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  const options =
    (actorOptions.data ?? actorOptions.previousData)?.actors.edges.map(({ node }) => ({
      value: node.id,
      label: node.name,
    })) ?? [];
  return (
    <>
      <PageHeader
        title={editing ? t('persons.editTitle') : t('persons.createTitle')}
        eyebrow={
          <Anchor component={Link} to={editing ? `/personen/${id}` : '/personen'} size="sm">
            {editing ? person?.name : t('persons.title')}
          </Anchor>
        }
      />
      <Paper withBorder p="lg" maw={760}>
        <Text size="sm" c="dimmed" mb="md">
          {t('persons.privacyHint')}
        </Text>
        <FormProblem problem={problem} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
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
                  data={options}
                  value={form.values.actorId || null}
                  onChange={(value) => form.setValue('actorId', value ?? '')}
                  searchable
                  searchValue={actorSearch}
                  onSearchChange={setActorSearch}
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
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={editing ? `/personen/${id}` : '/personen'}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={creating.loading || updating.loading}>
                {editing ? t('common.save') : t('common.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
