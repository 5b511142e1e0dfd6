import { useMutation, useQuery } from '@apollo/client/react';
import { Checkbox, MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormCard } from '../../../shared/forms/FormCard';
import { rules } from '../../../shared/forms/rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { useForm } from '../../../shared/forms/useForm';
import { useSubmit } from '../../../shared/forms/useSubmit';
import { useActionFieldOptions, useReferenceData } from '../../reference/hooks/useReferenceData';
import { ACTOR, CREATE_ACTOR, UPDATE_ACTOR } from '../graphql/actors';

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

/** /akteure/neu and /akteure/:id/bearbeiten: one form for creating and editing an actor. */
export function ActorFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const { reference, error: referenceError, refetch: refetchReference } = useReferenceData();
  const fieldOptions = useActionFieldOptions();
  const existing = useQuery(ACTOR, { variables: { id: id ?? '' }, skip: !editing });
  const form = useForm<ActorFormValues>(EMPTY, FIELD_RULES);
  const { problem, onSubmit } = useSubmit(form);
  const [createActor, creating] = useMutation(CREATE_ACTOR);
  const [updateActor, updating] = useMutation(UPDATE_ACTOR);

  const actor = existing.data?.actor;
  useEffect(() => {
    if (!actor) return;
    form.reset({
      name: actor.name,
      description: actor.description ?? '',
      website: actor.website ?? '',
      email: actor.email ?? '',
      statewide: actor.statewide,
      categoryIds: actor.categories.map((c) => c.id),
      actionFieldIds: actor.actionFields.map((f) => f.id),
      regionIds: actor.regions.map((r) => r.id),
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actor?.id]);

  if (editing && existing.error && !actor)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (referenceError && !reference)
    return <ErrorState error={referenceError} onRetry={() => void refetchReference()} />;
  if ((editing && !actor) || !reference) return <LoadingState />;

  const submit = onSubmit(async () => {
    const v = form.values;
    const input = {
      name: v.name.trim(),
      description: orNull(v.description),
      website: orNull(v.website),
      email: orNull(v.email),
      statewide: v.statewide,
      categoryIds: v.categoryIds,
      actionFieldIds: v.actionFieldIds,
      regionIds: v.regionIds,
    };
    if (editing && id) {
      await updateActor({
        variables: { id, input },
        update: (cache) => cache.evict({ fieldName: 'actors' }),
      });
      navigate(`/akteure/${id}`);
    } else {
      const { data } = await createActor({
        variables: { input },
        update: (cache) => cache.evict({ fieldName: 'actors' }),
      });
      if (data) navigate(`/akteure/${data.createActor.id}`);
    }
  });

  const title = editing ? t('actors.editTitle', { name: actor?.name }) : t('actors.createTitle');
  return (
    <>
      <FormPageHeader
        title={title}
        id={id}
        listPath="/akteure"
        listLabel={t('actors.title')}
        name={actor?.name}
      />
      <FormCard problem={problem} onSubmit={submit} maw={860}>
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
          data={reference.actorCategories.map((category) => ({
            value: category.id,
            label: category.name,
          }))}
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
        <FormActions listPath="/akteure" id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
