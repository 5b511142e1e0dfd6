import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Select, Text, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { GuidelineStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormCard } from '../../../shared/forms/FormCard';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { rules } from '../../../shared/forms/rules';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useSession } from '../../auth';
import { useActionFieldOptions, useReferenceData } from '../../reference';
import { CREATE_GUIDELINE, GUIDELINE, UPDATE_GUIDELINE } from '../graphql/guidelines';
import { paths, recordPaths } from '../../../shared/paths';
import { reachableStatuses } from '../status';
import { TemplateChoice } from '../templates/TemplateChoice';

type GuidelineFormValues = {
  title: string;
  actionFieldId: string;
  version: string;
  status: GuidelineStatus;
};

const FIELD_RULES = {
  title: [rules.required, rules.maxLength(LIMITS.title)],
  version: [rules.maxLength(LIMITS.version)],
};

const EMPTY: GuidelineFormValues = { title: '', actionFieldId: '', version: '', status: 'draft' };

/**
 * /leitfaeden/neu (title and action field; the guideline opens for writing once created) and
 * /leitfaeden/:id/bearbeiten (its details). Status: steering group and admins, one step at a time; in
 * review or published, only they change the other details too.
 */
export function GuidelineFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useSession();
  const maySteer = can('steering');
  const { id } = useParams();
  const editing = Boolean(id);
  const { reference, error: referenceError, refetch: refetchReference } = useReferenceData();
  const fieldOptions = useActionFieldOptions();
  const existing = useQuery(GUIDELINE, { variables: { id: id ?? '' }, skip: !editing });
  const guideline = existing.data?.guideline;
  const locked = Boolean(guideline && guideline.status !== 'draft' && !maySteer);
  const toInput = (v: GuidelineFormValues) => ({
    title: v.title.trim(),
    actionFieldId: v.actionFieldId || null,
    ...(editing ? { version: v.version.trim() === '' ? null : v.version.trim() } : {}),
    ...(editing && maySteer ? { status: v.status } : {}),
  });
  const edit = useEditForm({
    record: guideline,
    empty: EMPTY,
    fromRecord: (record: NonNullable<typeof guideline>) => ({
      title: record.title,
      actionFieldId: record.actionField?.id ?? '',
      version: record.version ?? '',
      status: record.status,
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`guidelines.fields.${field}`),
    describeValue: (field, value) => {
      if (typeof value !== 'string') return undefined;
      if (field === 'actionFieldId') return fieldOptions.find((option) => option.value === value)?.label;
      if (field === 'status') return t(`guidelines.status.${value}`);
      return undefined;
    },
  });
  const { form } = edit;
  const [create, creating] = useMutation(CREATE_GUIDELINE);
  // A new guideline starts blank ('') or from a template, which the server seeds its text from once.
  const [templateId, setTemplateId] = useState('');
  const [update, updating] = useMutation(UPDATE_GUIDELINE);

  if (editing && existing.error && !guideline)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (referenceError && !reference)
    return <ErrorState error={referenceError} onRetry={() => void refetchReference()} />;
  if ((editing && !guideline) || !reference) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const input = toInput(form.values);
    if (editing && id) {
      await update({
        variables: { id, expectedRevision, input },
        update: (cache) => cache.evict({ fieldName: 'guidelines' }),
      });
      navigate(paths.guideline(id));
    } else {
      const { data } = await create({
        variables: { input: { ...input, id: createId, templateId: templateId || null } },
        update: (cache) => cache.evict({ fieldName: 'guidelines' }),
      });
      if (data) navigate(paths.guideline(data.createGuideline.id));
    }
  });

  return (
    <>
      <FormPageHeader
        title={editing ? t('guidelines.editTitle') : t('guidelines.createTitle')}
        id={id}
        to={recordPaths.guidelines}
        listLabel={t('guidelines.title')}
        name={guideline?.title}
      />
      <FormCard
        problem={edit.problem}
        onSubmit={submit}
        maw={720}
        edit={edit}
        intro={
          editing ? null : (
            <Text size="sm" c="dimmed" mb="md">
              {t('guidelines.createIntro')}
            </Text>
          )
        }
      >
        {locked ? (
          <Alert variant="light" color="gray">
            {t('guidelines.protectedHint')}
          </Alert>
        ) : null}
        <TextInput
          label={t('guidelines.fields.title')}
          required
          disabled={locked}
          {...form.textProps('title')}
        />
        <Select
          label={t('guidelines.fields.actionField')}
          data={fieldOptions}
          value={form.values.actionFieldId || null}
          onChange={(value) => form.setValue('actionFieldId', value ?? '')}
          error={form.errorFor('actionFieldId')}
          disabled={locked}
          clearable
        />
        {editing ? null : <TemplateChoice value={templateId} onChange={setTemplateId} />}
        {editing ? (
          <TextInput
            label={t('guidelines.fields.version')}
            disabled={locked}
            {...form.textProps('version')}
          />
        ) : null}
        {editing && guideline ? (
          maySteer ? (
            <Select
              label={t('guidelines.fields.status')}
              data={reachableStatuses(guideline.status).map((status) => ({
                value: status,
                label: t(`guidelines.status.${status}`),
              }))}
              value={form.values.status}
              onChange={(value) => value && form.setValue('status', value as GuidelineStatus)}
              error={form.errorFor('status')}
              allowDeselect={false}
            />
          ) : (
            <Alert variant="light" color="gray">
              {t('guidelines.statusHint')}
            </Alert>
          )
        ) : null}
        <FormActions to={recordPaths.guidelines} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
