import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, MultiSelect, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@netzwerkstatt/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { SolutionStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { useSession } from '../../auth/hooks/useSession';
import { ACTOR_OPTIONS } from '../../persons/graphql/persons';
import { CHALLENGE_OPTIONS, CREATE_SOLUTION, SOLUTION, UPDATE_SOLUTION } from '../graphql/solutions';
import { SOLUTION_STATUSES } from '../status';

type SolutionFormValues = {
  title: string;
  description: string;
  status: SolutionStatus;
  challengeIds: string[];
  carrierIds: string[];
};

const FIELD_RULES = {
  title: [rules.required, rules.maxLength(LIMITS.title)],
  description: [rules.maxLength(LIMITS.description)],
};

export function SolutionFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const mayTriage = can('steering');
  const { id } = useParams();
  const [params] = useSearchParams();
  const editing = Boolean(id);
  const existing = useQuery(SOLUTION, { variables: { id: id ?? '' }, skip: !editing });
  const preselected = params.get('herausforderung');
  const form = useForm<SolutionFormValues>(
    {
      title: '',
      description: '',
      status: 'proposed',
      challengeIds: preselected ? [preselected] : [],
      carrierIds: [],
    },
    FIELD_RULES,
  );
  const [challengeSearch, setChallengeSearch] = useState('');
  const [actorSearch, setActorSearch] = useState('');
  const [challengeText] = useDebouncedValue(challengeSearch.trim(), 250);
  const [actorText] = useDebouncedValue(actorSearch.trim(), 250);
  const challengeOptions = useQuery(CHALLENGE_OPTIONS, {
    variables: { text: challengeText || null },
    skip: editing,
  });
  const actorOptions = useQuery(ACTOR_OPTIONS, { variables: { text: actorText || null }, skip: editing });
  // Selected options stay listed while the search text changes.
  const [known, setKnown] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem>();
  const [create, creating] = useMutation(CREATE_SOLUTION);
  const [update, updating] = useMutation(UPDATE_SOLUTION);
  const solution = existing.data?.solutionApproach;

  const challengeList =
    (challengeOptions.data ?? challengeOptions.previousData)?.challenges.edges.map(({ node }) => ({
      value: node.id,
      label: node.title,
    })) ?? [];
  const actorList =
    (actorOptions.data ?? actorOptions.previousData)?.actors.edges.map(({ node }) => ({
      value: node.id,
      label: node.name,
    })) ?? [];
  useEffect(() => {
    setKnown((current) => ({
      ...current,
      ...Object.fromEntries([...challengeList, ...actorList].map((o) => [o.value, o.label])),
    }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [challengeOptions.data, actorOptions.data]);

  useEffect(() => {
    if (!solution) return;
    form.reset({
      title: solution.title,
      description: solution.description ?? '',
      status: solution.status,
      challengeIds: [],
      carrierIds: [],
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [solution?.id]);

  if (editing && existing.error && !solution)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !solution) return <LoadingState />;

  const withSelected = (list: { value: string; label: string }[], selected: string[]) => [
    ...list,
    ...selected
      .filter((value) => !list.some((o) => o.value === value))
      .map((value) => ({ value, label: known[value] ?? value })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    const v = form.values;
    const base = {
      title: v.title.trim(),
      description: v.description.trim() === '' ? null : v.description.trim(),
      ...(mayTriage ? { status: v.status } : {}),
    };
    try {
      if (editing && id) {
        await update({ variables: { id, input: base } });
        navigate(`/loesungsansaetze/${id}`);
      } else {
        const { data } = await create({
          variables: { input: { ...base, challengeIds: v.challengeIds, carrierIds: v.carrierIds } },
          update: (cache) => cache.evict({ fieldName: 'solutionApproaches' }),
        });
        if (data) navigate(`/loesungsansaetze/${data.createSolutionApproach.id}`);
      }
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <>
      <PageHeader
        title={editing ? t('solutions.editTitle') : t('solutions.createTitle')}
        eyebrow={
          <Anchor component={Link} to={editing ? `/loesungsansaetze/${id}` : '/loesungsansaetze'} size="sm">
            {editing ? solution?.title : t('solutions.title')}
          </Anchor>
        }
      />
      <Paper withBorder p="lg" maw={860}>
        <FormProblem problem={problem} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('solutions.fields.title')} required {...form.textProps('title')} />
            <Textarea
              label={t('solutions.fields.description')}
              autosize
              minRows={5}
              maxRows={16}
              {...form.textProps('description')}
            />
            {mayTriage ? (
              <Select
                label={t('solutions.fields.status')}
                data={SOLUTION_STATUSES.map((status) => ({
                  value: status,
                  label: t(`solutions.status.${status}`),
                }))}
                value={form.values.status}
                onChange={(value) => value && form.setValue('status', value as SolutionStatus)}
                error={form.errorFor('status')}
                allowDeselect={false}
              />
            ) : null}
            {!editing ? (
              <>
                <MultiSelect
                  label={t('solutions.fields.challenges')}
                  data={withSelected(challengeList, form.values.challengeIds)}
                  value={form.values.challengeIds}
                  onChange={(value) => form.setValue('challengeIds', value)}
                  searchable
                  searchValue={challengeSearch}
                  onSearchChange={setChallengeSearch}
                  error={form.errorFor('challengeIds')}
                  clearable
                />
                <MultiSelect
                  label={t('solutions.fields.carriers')}
                  data={withSelected(actorList, form.values.carrierIds)}
                  value={form.values.carrierIds}
                  onChange={(value) => form.setValue('carrierIds', value)}
                  searchable
                  searchValue={actorSearch}
                  onSearchChange={setActorSearch}
                  error={form.errorFor('carrierIds')}
                  clearable
                />
              </>
            ) : null}
            <Group justify="flex-end">
              <Button
                variant="default"
                component={Link}
                to={editing ? `/loesungsansaetze/${id}` : '/loesungsansaetze'}
              >
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
