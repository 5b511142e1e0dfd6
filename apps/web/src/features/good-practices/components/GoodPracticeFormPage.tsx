import { useMutation, useQuery } from '@apollo/client/react';
import { MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { LIMITS } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { FormCard } from '../../../shared/forms/FormCard';
import { rules, type Rule } from '../../../shared/forms/rules';
import { FormActions } from '../../../shared/forms/FormActions';
import { FormPageHeader } from '../../../shared/forms/FormPageHeader';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { useActorOptions } from '../../persons';
import { CREATE_GOOD_PRACTICE, GOOD_PRACTICE, UPDATE_GOOD_PRACTICE } from '../graphql/goodPractices';
import { paths, recordPaths } from '../../../shared/paths';

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

const EMPTY: GoodPracticeFormValues = { title: '', description: '', url: '', year: '', practisedByIds: [] };

/** The fields an update sends (practisedByIds only when creating). */
const toInput = (v: GoodPracticeFormValues) => ({
  title: v.title.trim(),
  description: orNull(v.description),
  url: orNull(v.url),
  year: v.year.trim() ? Number(v.year) : null,
});

export function GoodPracticeFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const editing = Boolean(id);
  const existing = useQuery(GOOD_PRACTICE, { variables: { id: id ?? '' }, skip: !editing });
  const practice = existing.data?.goodPractice;
  const edit = useEditForm({
    record: practice,
    empty: EMPTY,
    fromRecord: (record: NonNullable<typeof practice>) => ({
      ...EMPTY,
      title: record.title,
      description: record.description ?? '',
      url: record.url ?? '',
      year: record.year ? String(record.year) : '',
    }),
    toInput,
    rules: FIELD_RULES,
    fieldLabel: (field) => t(`goodPractices.fields.${field}`),
  });
  const { form } = edit;
  const actors = useActorOptions({ skip: editing });
  const [create, creating] = useMutation(CREATE_GOOD_PRACTICE);
  const [update, updating] = useMutation(UPDATE_GOOD_PRACTICE);

  if (editing && existing.error && !practice)
    return <ErrorState error={existing.error} onRetry={() => void existing.refetch()} />;
  if (editing && !practice) return <LoadingState />;

  const submit = edit.onSubmit(async ({ expectedRevision, createId }) => {
    const v = form.values;
    const base = toInput(v);
    if (editing && id) {
      await update({ variables: { id, expectedRevision, input: base } });
      navigate(paths.goodPractice(id));
    } else {
      const { data } = await create({
        variables: { input: { ...base, id: createId, practisedByIds: v.practisedByIds } },
        update: (cache) => cache.evict({ fieldName: 'goodPractices' }),
      });
      if (data) navigate(paths.goodPractice(data.createGoodPractice.id));
    }
  });

  return (
    <>
      <FormPageHeader
        title={editing ? t('goodPractices.editTitle') : t('goodPractices.createTitle')}
        id={id}
        to={recordPaths.goodPractices}
        listLabel={t('goodPractices.title')}
        name={practice?.title}
      />
      <FormCard problem={edit.problem} onSubmit={submit} maw={860} edit={edit}>
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
          <TextInput label={t('goodPractices.fields.year')} inputMode="numeric" {...form.textProps('year')} />
        </SimpleGrid>
        {!editing ? (
          <MultiSelect
            label={t('goodPractices.practisedBy')}
            data={actors.withSelected(form.values.practisedByIds)}
            value={form.values.practisedByIds}
            onChange={(value) => form.setValue('practisedByIds', value)}
            searchable
            searchValue={actors.search}
            onSearchChange={actors.setSearch}
            error={form.errorFor('practisedByIds')}
            clearable
          />
        ) : null}
        <FormActions to={recordPaths.goodPractices} id={id} busy={creating.loading || updating.loading} />
      </FormCard>
    </>
  );
}
