import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@netzwerkstatt/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules, type Rule } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { ACTOR_OPTIONS } from '../../persons/graphql/persons';
import { CREATE_GOOD_PRACTICE, GOOD_PRACTICE, UPDATE_GOOD_PRACTICE } from '../graphql/goodPractices';

type GoodPracticeFormValues = {
  title: string;
  description: string;
  url: string;
  year: string;
  practisedByIds: string[];
};

const year: Rule = (value) => {
  if (value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1990 && n <= 2100
    ? undefined
    : { key: 'validation.year', values: { min: 1990, max: 2100 } };
};

const FIELD_RULES = {
  title: [rules.required, rules.maxLength(LIMITS.title)],
  description: [rules.maxLength(LIMITS.description)],
  url: [rules.url, rules.maxLength(LIMITS.url)],
  year: [year],
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function GoodPracticeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const existing = useQuery(GOOD_PRACTICE, { variables: { id: id ?? '' }, skip: !editing });
  const form = useForm<GoodPracticeFormValues>(
    { title: '', description: '', url: '', year: '', practisedByIds: [] },
    FIELD_RULES,
  );
  const [actorSearch, setActorSearch] = useState('');
  const [actorText] = useDebouncedValue(actorSearch.trim(), 250);
  const actorOptions = useQuery(ACTOR_OPTIONS, { variables: { text: actorText || null }, skip: editing });
  const [known, setKnown] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [create, creating] = useMutation(CREATE_GOOD_PRACTICE);
  const [update, updating] = useMutation(UPDATE_GOOD_PRACTICE);
  const practice = existing.data?.goodPractice;
  const actorList =
    (actorOptions.data ?? actorOptions.previousData)?.actors.edges.map(({ node }) => ({
      value: node.id,
      label: node.name,
    })) ?? [];

  useEffect(() => {
    setKnown((current) => ({ ...current, ...Object.fromEntries(actorList.map((o) => [o.value, o.label])) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actorOptions.data]);

  useEffect(() => {
    if (!practice) return;
    form.reset({
      title: practice.title,
      description: practice.description ?? '',
      url: practice.url ?? '',
      year: practice.year ? String(practice.year) : '',
      practisedByIds: [],
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [practice?.id]);

  if (editing && existing.error && !practice)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !practice) return <LoadingState />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    const v = form.values;
    const base = {
      title: v.title.trim(),
      description: orNull(v.description),
      url: orNull(v.url),
      year: v.year.trim() ? Number(v.year) : null,
    };
    try {
      if (editing && id) {
        await update({ variables: { id, input: base } });
        navigate(`/gute-praxis/${id}`);
      } else {
        const { data } = await create({
          variables: { input: { ...base, practisedByIds: v.practisedByIds } },
          update: (cache) => cache.evict({ fieldName: 'goodPractices' }),
        });
        if (data) navigate(`/gute-praxis/${data.createGoodPractice.id}`);
      }
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  const actorData = [
    ...actorList,
    ...form.values.practisedByIds
      .filter((v) => !actorList.some((o) => o.value === v))
      .map((v) => ({ value: v, label: known[v] ?? v })),
  ];
  return (
    <>
      <PageHeader
        title={editing ? t('goodPractices.editTitle') : t('goodPractices.createTitle')}
        eyebrow={
          <Anchor component={Link} to={editing ? `/gute-praxis/${id}` : '/gute-praxis'} size="sm">
            {editing ? practice?.title : t('goodPractices.title')}
          </Anchor>
        }
      />
      <Paper withBorder p="lg" maw={860}>
        <FormProblem problem={problem} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('goodPractices.fields.title')} required {...form.textProps('title')} />
            <Textarea
              label={t('goodPractices.fields.description')}
              autosize
              minRows={5}
              maxRows={16}
              {...form.textProps('description')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('goodPractices.fields.url')}
                type="url"
                placeholder="https://"
                {...form.textProps('url')}
              />
              <TextInput
                label={t('goodPractices.fields.year')}
                inputMode="numeric"
                {...form.textProps('year')}
              />
            </SimpleGrid>
            {!editing ? (
              <MultiSelect
                label={t('goodPractices.practisedBy')}
                data={actorData}
                value={form.values.practisedByIds}
                onChange={(value) => form.setValue('practisedByIds', value)}
                searchable
                searchValue={actorSearch}
                onSearchChange={setActorSearch}
                error={form.errorFor('practisedByIds')}
                clearable
              />
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" component={Link} to={editing ? `/gute-praxis/${id}` : '/gute-praxis'}>
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
