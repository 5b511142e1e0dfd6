import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { ChallengePriority, ChallengeStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormCard } from '../../../shared/forms/FormCard';
import { rules } from '../../../shared/forms/rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useSession } from '../../auth';
import { useActionFieldOptions, useReferenceData } from '../../reference';
import { CHALLENGE, CREATE_CHALLENGE, UPDATE_CHALLENGE } from '../graphql/challenges';
import { paths, recordPaths } from '../../../shared/paths';

type ChallengeFormValues = {
  title: string;
  description: string;
  actionFieldId: string;
  status: ChallengeStatus;
  priority: ChallengePriority;
};

const FIELD_RULES = {
  title: [rules.required, rules.maxLength(LIMITS.title)],
  description: [rules.maxLength(LIMITS.description)],
  actionFieldId: [rules.required],
};

const EMPTY: ChallengeFormValues = {
  title: '',
  description: '',
  actionFieldId: '',
  status: 'open',
  priority: 'medium',
};

const STATUSES: ChallengeStatus[] = ['open', 'in_progress', 'addressed', 'closed'];
const PRIORITIES: ChallengePriority[] = ['high', 'medium', 'low'];

/** /herausforderungen/neu and /herausforderungen/:id/bearbeiten. Status and priority: steering group and admins. */
export function ChallengeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const mayTriage = can('steering');
  const { id } = useParams();
  const [params] = useSearchParams();
  const editing = Boolean(id);
  const { reference, error: referenceError, refetch: refetchReference } = useReferenceData();
  const fieldOptions = useActionFieldOptions();
  const existing = useQuery(CHALLENGE, { variables: { id: id ?? '' }, skip: !editing });
  const challenge = existing.data?.challenge;
  const toInput = (v: ChallengeFormValues) => ({
    title: v.title.trim(),
    description: v.description.trim() === '' ? null : v.description.trim(),
    actionFieldId: v.actionFieldId,
    ...(mayTriage ? { status: v.status, priority: v.priority } : {}),
  });
  const edit = useEditForm({
    record: challenge,
    empty: { ...EMPTY, actionFieldId: params.get('feld') ?? '' },
    fromRecord: (record: NonNullable<typeof challenge>) => ({
      title: record.title,
      description: record.description ?? '',
      actionFieldId: record.actionField?.id ?? '',
      status: record.status,
      priority: record.priority,
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`challenges.fields.${field}`),
    describeValue: (field, value) => {
      if (typeof value !== 'string') return undefined;
      if (field === 'actionFieldId') return fieldOptions.find((option) => option.value === value)?.label;
      if (field === 'status') return t(`challenges.status.${value}`);
      if (field === 'priority') return t(`challenges.priority.${value}`);
      return undefined;
    },
  });
  const { form } = edit;
  const [create, creating] = useMutation(CREATE_CHALLENGE);
  const [update, updating] = useMutation(UPDATE_CHALLENGE);

  if (editing && existing.error && !challenge)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (referenceError && !reference)
    return <ErrorState error={referenceError} onRetry={() => void refetchReference()} />;
  if ((editing && !challenge) || !reference) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const input = toInput(form.values);
    if (editing && id) {
      await update({
        variables: { id, expectedRevision, input },
        update: (cache) => cache.evict({ fieldName: 'challenges' }),
      });
      navigate(paths.challenge(id));
    } else {
      const { data } = await create({
        variables: { input: { ...input, id: createId } },
        update: (cache) => cache.evict({ fieldName: 'challenges' }),
      });
      if (data) navigate(paths.challenge(data.createChallenge.id));
    }
  });

  return (
    <>
      <FormPageHeader
        title={editing ? t('challenges.editTitle') : t('challenges.createTitle')}
        id={id}
        to={recordPaths.challenges}
        listLabel={t('challenges.title')}
        name={challenge?.title}
      />
      <FormCard problem={edit.problem} onSubmit={submit} maw={860} edit={edit}>
        <TextInput label={t('challenges.fields.title')} required {...form.textProps('title')} />
        <Select
          label={t('challenges.fields.actionField')}
          required
          data={fieldOptions}
          value={form.values.actionFieldId || null}
          onChange={(value) => form.setValue('actionFieldId', value ?? '')}
          error={form.errorFor('actionFieldId')}
          allowDeselect={false}
        />
        <Textarea
          label={t('challenges.fields.description')}
          autosize
          minRows={5}
          maxRows={16}
          {...form.textProps('description')}
        />
        {mayTriage ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('challenges.fields.status')}
              data={STATUSES.map((status) => ({
                value: status,
                label: t(`challenges.status.${status}`),
              }))}
              value={form.values.status}
              onChange={(value) => value && form.setValue('status', value as ChallengeStatus)}
              error={form.errorFor('status')}
              allowDeselect={false}
            />
            <Select
              label={t('challenges.fields.priority')}
              data={PRIORITIES.map((priority) => ({
                value: priority,
                label: t(`challenges.priority.${priority}`),
              }))}
              value={form.values.priority}
              onChange={(value) => value && form.setValue('priority', value as ChallengePriority)}
              error={form.errorFor('priority')}
              allowDeselect={false}
            />
          </SimpleGrid>
        ) : (
          <Alert variant="light" color="gray">
            {t('challenges.triageHint')}
          </Alert>
        )}
        <FormActions to={recordPaths.challenges} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
