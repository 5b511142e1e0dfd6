import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ChallengePriority, ChallengeStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import type { ApiProblem } from '../../../shared/errors/apiError';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { useForm } from '../../../shared/forms/useForm';
import { useSession } from '../../auth/hooks/useSession';
import { useFieldName, useReferenceData } from '../../reference/hooks/useReferenceData';
import { CHALLENGE, CREATE_CHALLENGE, UPDATE_CHALLENGE } from '../graphql/challenges';

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

const STATUSES: ChallengeStatus[] = ['open', 'in_progress', 'addressed', 'closed'];
const PRIORITIES: ChallengePriority[] = ['high', 'medium', 'low'];

/** /herausforderungen/neu and /herausforderungen/:id/bearbeiten. Status and priority: steering group and admins. */
export function ChallengeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fieldName = useFieldName();
  const { can } = useSession();
  const mayTriage = can('steering');
  const { id } = useParams();
  const [params] = useSearchParams();
  const editing = Boolean(id);
  const { reference, error: referenceError, refetch: refetchReference } = useReferenceData();
  const existing = useQuery(CHALLENGE, { variables: { id: id ?? '' }, skip: !editing });
  const form = useForm<ChallengeFormValues>(
    {
      title: '',
      description: '',
      actionFieldId: params.get('feld') ?? '',
      status: 'open',
      priority: 'medium',
    },
    FIELD_RULES,
  );
  const [problem, setProblem] = useState<ApiProblem>();
  const [create, creating] = useMutation(CREATE_CHALLENGE);
  const [update, updating] = useMutation(UPDATE_CHALLENGE);
  const challenge = existing.data?.challenge;

  useEffect(() => {
    if (!challenge) return;
    form.reset({
      title: challenge.title,
      description: challenge.description ?? '',
      actionFieldId: challenge.actionField?.id ?? '',
      status: challenge.status,
      priority: challenge.priority,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [challenge?.id]);

  if (editing && existing.error && !challenge)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (referenceError && !reference)
    return <ErrorState error={referenceError} onRetry={() => void refetchReference()} />;
  if ((editing && !challenge) || !reference) return <LoadingState />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    if (!form.validateAll()) return;
    const v = form.values;
    const input = {
      title: v.title.trim(),
      description: v.description.trim() === '' ? null : v.description.trim(),
      actionFieldId: v.actionFieldId,
      ...(mayTriage ? { status: v.status, priority: v.priority } : {}),
    };
    try {
      if (editing && id) {
        await update({
          variables: { id, input },
          update: (cache) => cache.evict({ fieldName: 'challenges' }),
        });
        navigate(`/herausforderungen/${id}`);
      } else {
        const { data } = await create({
          variables: { input },
          update: (cache) => cache.evict({ fieldName: 'challenges' }),
        });
        if (data) navigate(`/herausforderungen/${data.createChallenge.id}`);
      }
    } catch (error) {
      setProblem(form.takeServerError(error));
    }
  };

  return (
    <>
      <PageHeader
        title={editing ? t('challenges.editTitle') : t('challenges.createTitle')}
        eyebrow={
          <Anchor component={Link} to={editing ? `/herausforderungen/${id}` : '/herausforderungen'} size="sm">
            {editing ? challenge?.title : t('challenges.title')}
          </Anchor>
        }
      />
      <Paper withBorder p="lg" maw={860}>
        <FormProblem problem={problem} />
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput label={t('challenges.fields.title')} required {...form.textProps('title')} />
            <Select
              label={t('challenges.fields.actionField')}
              required
              data={[...reference.actionFields]
                .sort((a, b) => a.position - b.position)
                .map((field) => ({ value: field.id, label: `${field.position}. ${fieldName(field)}` }))}
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
            <Group justify="flex-end">
              <Button
                variant="default"
                component={Link}
                to={editing ? `/herausforderungen/${id}` : '/herausforderungen'}
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
