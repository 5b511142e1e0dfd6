import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormCard } from '../../../shared/forms/FormCard';
import { rules } from '../../../shared/forms/rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useActionFieldOptions, useCategoryOptions, useReferenceData } from '../../reference';
import { ACTOR, CREATE_ACTOR, UPDATE_ACTOR } from '../graphql/actors';
import { paths, recordPaths } from '../../../shared/paths';

type ActorFormValues = {
  name: string;
  description: string;
  website: string;
  email: string;
  statewide: boolean;
  categoryIds: string[];
  actionFieldIds: string[];
  regionIds: string[];
};

const EMPTY: ActorFormValues = {
  name: '',
  description: '',
  website: '',
  email: '',
  statewide: false,
  categoryIds: [],
  actionFieldIds: [],
  regionIds: [],
};

const FIELD_RULES = {
  name: [rules.required, rules.maxLength(LIMITS.name)],
  description: [rules.maxLength(LIMITS.description)],
  website: [rules.url, rules.maxLength(LIMITS.url)],
  email: [rules.email, rules.maxLength(LIMITS.email)],
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

const toInput = (v: ActorFormValues) => ({
  name: v.name.trim(),
  description: orNull(v.description),
  website: orNull(v.website),
  email: orNull(v.email),
  statewide: v.statewide,
  categoryIds: v.categoryIds,
  actionFieldIds: v.actionFieldIds,
  regionIds: v.regionIds,
});

/** Input fields whose label has another key. */
const FIELD_LABELS: Record<string, string> = {
  categoryIds: 'categories',
  actionFieldIds: 'actionFields',
  regionIds: 'regions',
};

/** /akteure/neu and /akteure/:id/bearbeiten: one form for creating and editing an actor. */
export function ActorFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const { reference, error: referenceError, refetch: refetchReference } = useReferenceData();
  const fieldOptions = useActionFieldOptions();
  const categoryOptions = useCategoryOptions();
  const existing = useQuery(ACTOR, { variables: { id: id ?? '' }, skip: !editing });
  const actor = existing.data?.actor;
  const edit = useEditForm({
    record: actor,
    empty: EMPTY,
    fromRecord: (record: NonNullable<typeof actor>) => ({
      name: record.name,
      description: record.description ?? '',
      website: record.website ?? '',
      email: record.email ?? '',
      statewide: record.statewide,
      categoryIds: record.categories.map((c) => c.id),
      actionFieldIds: record.actionFields.map((f) => f.id),
      regionIds: record.regions.map((r) => r.id),
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`actors.fields.${FIELD_LABELS[field] ?? field}`),
    describeValue: (field, value) => {
      if (!Array.isArray(value) || value.length === 0) return undefined;
      const options: { value: string; label: string }[] =
        field === 'actionFieldIds'
          ? fieldOptions
          : field === 'categoryIds'
            ? categoryOptions
            : field === 'regionIds'
              ? (reference?.regions ?? []).map((r) => ({ value: r.id, label: r.name }))
              : [];
      const labels = value.map((id) => options.find((option) => option.value === id)?.label);
      return labels.every(Boolean) ? labels.join(', ') : undefined;
    },
  });
  const { form } = edit;
  const [createActor, creating] = useMutation(CREATE_ACTOR);
  const [updateActor, updating] = useMutation(UPDATE_ACTOR);

  if (editing && existing.error && !actor)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (referenceError && !reference)
    return <ErrorState error={referenceError} onRetry={() => void refetchReference()} />;
  if ((editing && !actor) || !reference) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const input = toInput(form.values);
    if (editing && id) {
      await updateActor({
        variables: { id, expectedRevision, input },
        update: (cache) => cache.evict({ fieldName: 'actors' }),
      });
      navigate(paths.actor(id));
    } else {
      const { data } = await createActor({
        variables: { input: { ...input, id: createId } },
        update: (cache) => cache.evict({ fieldName: 'actors' }),
      });
      if (data) navigate(paths.actor(data.createActor.id));
    }
  });

  const title = editing ? t('actors.editTitle', { name: actor?.name }) : t('actors.createTitle');
  return (
    <>
      <FormPageHeader
        title={title}
        id={id}
        to={recordPaths.actors}
        listLabel={t('actors.title')}
        name={actor?.name}
      />
      <FormCard problem={edit.problem} onSubmit={submit} maw={860} edit={edit}>
        <TextInput label={t('actors.fields.name')} required {...form.textProps('name')} />
        <Textarea
          label={t('actors.fields.description')}
          autosize
          minRows={4}
          maxRows={14}
          {...form.textProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('actors.fields.website')}
            type="url"
            placeholder="https://"
            {...form.textProps('website')}
          />
          <TextInput label={t('actors.fields.email')} type="email" {...form.textProps('email')} />
        </SimpleGrid>
        <MultiSelect
          label={t('actors.fields.categories')}
          data={categoryOptions}
          value={form.values.categoryIds}
          onChange={(value) => form.setValue('categoryIds', value)}
          error={form.errorFor('categoryIds')}
          searchable
          clearable
        />
        <MultiSelect
          label={t('actors.fields.actionFields')}
          data={fieldOptions}
          value={form.values.actionFieldIds}
          onChange={(value) => form.setValue('actionFieldIds', value)}
          error={form.errorFor('actionFieldIds')}
          searchable
          clearable
        />
        <MultiSelect
          label={t('actors.fields.regions')}
          data={reference.regions.map((region) => ({ value: region.id, label: region.name }))}
          value={form.values.regionIds}
          onChange={(value) => form.setValue('regionIds', value)}
          error={form.errorFor('regionIds')}
          searchable
          clearable
        />
        <Checkbox
          label={t('actors.fields.statewide')}
          checked={form.values.statewide}
          onChange={(event) => form.setValue('statewide', event.currentTarget.checked)}
        />
        <FormActions to={recordPaths.actors} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
