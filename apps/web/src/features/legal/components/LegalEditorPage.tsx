import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { LegalPageKey } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LoadingState } from '../../../shared/components/LoadingState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { FormProblem } from '../../../shared/forms/FormProblem';
import { rules } from '../../../shared/forms/rules';
import { EditFormStatus } from '../../../shared/forms/EditFormStatus';
import { useEditForm } from '../../../shared/forms/useEditForm';
import { formatNumber } from '../../../shared/format';
import { AdminOnly } from '../../admin';
import { LEGAL_PAGE, UPDATE_LEGAL_PAGE } from '../graphql/legal';
import { LEGAL_PAGES, legalPageOf } from '../legalPages';
import { Markdown } from './Markdown';

/** The server's limit for one text. */
const MAX = 50_000;
const FIELD_RULES = {
  textDe: [rules.required, rules.maxLength(MAX)],
  textEn: [rules.required, rules.maxLength(MAX)],
};

/** /admin/rechtstexte — admins write Impressum, Datenschutz and Barrierefreiheit in German and English. */
export function LegalEditorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const pageKey = (LEGAL_PAGES.find((page) => page.key === params.get('seite'))?.key ??
    'imprint') as LegalPageKey;
  return (
    <AdminOnly>
      <PageHeader title={t('legal.editor.title')} description={t('legal.editor.intro')} />
      <Stack gap={4} mb="md">
        <Text fw={600} size="sm" id="legal-page-choice">
          {t('legal.editor.page')}
        </Text>
        <SegmentedControl
          aria-labelledby="legal-page-choice"
          value={pageKey}
          onChange={(value) => setParams({ seite: value }, { replace: true })}
          data={LEGAL_PAGES.map((page) => ({ value: page.key, label: t(page.titleKey) }))}
          maw={560}
        />
      </Stack>
      <LegalEditor key={pageKey} pageKey={pageKey} />
    </AdminOnly>
  );
}

function LegalEditor({ pageKey }: { pageKey: LegalPageKey }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LEGAL_PAGE, {
    variables: { key: pageKey },
    fetchPolicy: 'network-only',
  });
  const page = data?.legalPage;
  const edit = useEditForm({
    record: page ?? undefined,
    empty: { textDe: '', textEn: '' },
    fromRecord: (stored: NonNullable<typeof page>) => ({ textDe: stored.textDe, textEn: stored.textEn }),
    toInput: (values) => values,
    rules: FIELD_RULES,
    // Loaded anew only when another page's text arrives or after a save; typing is never overwritten.
    recordKey: (stored) => `${stored.key}@${stored.updatedAt}`,
    revisionOf: () => undefined,
    fieldLabel: (field) => t(field === 'textDe' ? 'legal.editor.textDe' : 'legal.editor.textEn'),
  });
  const { form } = edit;
  const [saved, setSaved] = useState(false);
  const [preview, setPreview] = useState(false);
  const [save, { loading: saving }] = useMutation(UPDATE_LEGAL_PAGE);
  const path = legalPageOf(pageKey).path;

  if (error && !page) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !page) return <LoadingState />;
  if (!page) return null;

  const submit = edit.onSubmit(async () => {
    setSaved(false);
    await save({ variables: { key: pageKey, textDe: form.values.textDe, textEn: form.values.textEn } });
    setSaved(true);
  });

  const counter = (value: string) =>
    t('legal.editor.characters', { count: formatNumber([...value].length), max: formatNumber(MAX) });

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t(legalPageOf(pageKey).titleKey)}
    >
      {page.isDefault ? (
        <Alert color="yellow" variant="light" mb="md" role="note">
          {t('legal.editor.placeholderNote')}
        </Alert>
      ) : null}
      {saved ? (
        <Alert color="green" variant="light" mb="md" role="status">
          {t('legal.editor.saved')}
        </Alert>
      ) : null}
      <FormProblem problem={edit.problem} />
      <EditFormStatus edit={edit} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Textarea
          label={t('legal.editor.textDe')}
          description={counter(form.values.textDe)}
          lang="de"
          autosize
          minRows={12}
          maxRows={30}
          required
          {...form.textProps('textDe')}
        />
        <Textarea
          label={t('legal.editor.textEn')}
          description={counter(form.values.textEn)}
          lang="en"
          autosize
          minRows={12}
          maxRows={30}
          required
          {...form.textProps('textEn')}
        />
      </SimpleGrid>
      <Group mt="md" gap="sm">
        <Button type="submit" loading={saving} disabled={!form.dirty && !page.isDefault}>
          {t('legal.editor.save')}
        </Button>
        <Button
          variant="default"
          onClick={() => setPreview((shown) => !shown)}
          aria-expanded={preview}
          aria-controls="legal-preview"
        >
          {t('legal.editor.preview')}
        </Button>
        <Anchor component={Link} to={path}>
          {t('legal.editor.view')}
        </Anchor>
      </Group>
      {preview ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" mt="md" id="legal-preview">
          <Paper
            withBorder
            p="md"
            bg="gray.0"
            component="section"
            aria-labelledby="legal-preview-de"
            lang="de"
          >
            <Title order={2} size="h5" id="legal-preview-de" mb="xs">
              {t('legal.editor.previewDe')}
            </Title>
            <Markdown source={form.values.textDe} headingOffset={2} />
          </Paper>
          <Paper
            withBorder
            p="md"
            bg="gray.0"
            component="section"
            aria-labelledby="legal-preview-en"
            lang="en"
          >
            <Title order={2} size="h5" id="legal-preview-en" mb="xs">
              {t('legal.editor.previewEn')}
            </Title>
            <Markdown source={form.values.textEn} headingOffset={2} />
          </Paper>
        </SimpleGrid>
      ) : null}
    </Paper>
  );
}
