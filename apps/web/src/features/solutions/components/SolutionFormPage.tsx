import { useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { SolutionStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormCard } from '../../../shared/forms/FormCard';
import { rules } from '../../../shared/forms/rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { useSearchOptions } from '../../../shared/forms/useSearchOptions';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useSession } from '../../auth';
import { useActorOptions } from '../../persons';
import { CHALLENGE_OPTIONS, CREATE_SOLUTION, SOLUTION, UPDATE_SOLUTION } from '../graphql/solutions';
import { SOLUTION_STATUSES } from '../status';
import { paths, recordPaths } from '../../../shared/paths';

type SolutionFormValues = {
  title: string;
  description: string;
  status: SolutionStatus;
  challengeIds: string[];
  carrierIds: string[];
};

const EMPTY: SolutionFormValues = {
  title: '',
  description: '',
  status: 'proposed',
  challengeIds: [],
  carrierIds: [],
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
  const solution = existing.data?.solutionApproach;
  const toInput = (v: SolutionFormValues) => ({
    title: v.title.trim(),
    description: v.description.trim() === '' ? null : v.description.trim(),
    ...(mayTriage ? { status: v.status } : {}),
  });
  const edit = useEditForm({
    record: solution,
    empty: { ...EMPTY, challengeIds: preselected ? [preselected] : [] },
    fromRecord: (record: NonNullable<typeof solution>) => ({
      ...EMPTY,
      title: record.title,
      description: record.description ?? '',
      status: record.status,
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`solutions.fields.${field}`),
    describeValue: (field, value) =>
      field === 'status' && typeof value === 'string' ? t(`solutions.status.${value}`) : undefined,
  });
  const { form } = edit;
  const challenges = useSearchOptions(
    CHALLENGE_OPTIONS,
    (data) => data.challenges.edges.map(({ node }) => ({ value: node.id, label: node.title })),
    { skip: editing },
  );
  const actors = useActorOptions({ skip: editing });
  const [create, creating] = useMutation(CREATE_SOLUTION);
  const [update, updating] = useMutation(UPDATE_SOLUTION);

  if (editing && existing.error && !solution)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !solution) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const v = form.values;
    const base = toInput(v);
    if (editing && id) {
      await update({ variables: { id, expectedRevision, input: base } });
      navigate(paths.solution(id));
    } else {
      const { data } = await create({
        variables: {
          input: { ...base, id: createId, challengeIds: v.challengeIds, carrierIds: v.carrierIds },
        },
        update: (cache) => cache.evict({ fieldName: 'solutionApproaches' }),
      });
      if (data) navigate(paths.solution(data.createSolutionApproach.id));
    }
  });

  return (
    <>
      <FormPageHeader
        title={editing ? t('solutions.editTitle') : t('solutions.createTitle')}
        id={id}
        to={recordPaths.solutions}
        listLabel={t('solutions.title')}
        name={solution?.title}
      />
      <FormCard problem={edit.problem} onSubmit={submit} maw={860} edit={edit}>
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
              data={challenges.withSelected(form.values.challengeIds)}
              value={form.values.challengeIds}
              onChange={(value) => form.setValue('challengeIds', value)}
              searchable
              searchValue={challenges.search}
              onSearchChange={challenges.setSearch}
              error={form.errorFor('challengeIds')}
              clearable
            />
            <MultiSelect
              label={t('solutions.fields.carriers')}
              data={actors.withSelected(form.values.carrierIds)}
              value={form.values.carrierIds}
              onChange={(value) => form.setValue('carrierIds', value)}
              searchable
              searchValue={actors.search}
              onSearchChange={actors.setSearch}
              error={form.errorFor('carrierIds')}
              clearable
            />
          </>
        ) : null}
        <FormActions to={recordPaths.solutions} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
