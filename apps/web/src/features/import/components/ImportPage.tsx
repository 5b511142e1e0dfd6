import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { CSV_MIME, downloadText } from '../../../shared/csv/download';
import { formatNumber } from '../../../shared/format';
import { useCategoryName, useFieldName, useReferenceData } from '../../reference';
import { actorTemplateCsv } from '../actorImportFile';
import {
  importProgress,
  useActorImport,
  type FileProblemOrSize,
  type ImportState,
} from '../hooks/useActorImport';
import { ImportHelp } from './ImportHelp';
import { ImportIssuesTable } from './ImportIssuesTable';
import { ImportPreview } from './ImportPreview';
import { paths } from '../../../shared/paths';

/** /import — actors from a CSV file: choose, read, check on the server, import all or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const { state, chooseFile, recheck, commit, reset } = useActorImport();
  const [chosen, setChosen] = useState<File | null>(null);
  const { reference } = useReferenceData();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const outcome = useRef<HTMLHeadingElement>(null);

  // When a step ends, the outcome takes the focus, so keyboard and screen-reader users learn it at once.
  useEffect(() => {
    if (['fileProblems', 'checked', 'done', 'failed'].includes(state.step)) outcome.current?.focus();
  }, [state.step]);

  const downloadTemplate = () =>
    downloadText(
      t('import.templateFile'),
      actorTemplateCsv({
        categories: reference?.actorCategories.map((c) => categoryName(c)) ?? [],
        actionFields: reference?.actionFields.map((f) => fieldName(f)) ?? [],
        regions: reference?.regions.map((r) => r.name) ?? [],
      }),
      CSV_MIME,
    );

  const startOver = () => {
    setChosen(null);
    reset();
  };

  // A file with problems never reaches the import step; a bar stopped halfway would only confuse.
  const progress = state.step === 'checked' && state.issues.length > 0 ? undefined : importProgress(state);
  const file = 'file' in state ? state.file : undefined;
  const issues = state.step === 'checked' || state.step === 'failed' ? state.issues : [];

  return (
    <>
      <PageHeader
        title={t('import.title')}
        description={t('import.intro')}
        actions={
          <Button variant="default" onClick={downloadTemplate}>
            {t('import.template')}
          </Button>
        }
      />
      <ImportHelp />

      <Paper withBorder p="md" mb="lg">
        <FileInput
          label={t('import.file.label')}
          description={t('import.file.description')}
          accept=".csv,text/csv,text/plain"
          value={chosen}
          onChange={(file) => {
            setChosen(file);
            void chooseFile(file);
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('import.file.clear') }}
          disabled={state.step === 'importing'}
          maw={520}
        />
      </Paper>

      {progress !== undefined ? <ImportProgressBar state={state} value={progress} /> : null}

      <Outcome
        state={state}
        headingRef={outcome}
        onCommit={() => void commit()}
        onRecheck={() => void recheck()}
        onStartOver={startOver}
      />

      {issues.length > 0 && file ? (
        <section aria-labelledby="import-issues-title">
          <Title order={2} size="h4" id="import-issues-title" mt="lg" mb="xs">
            {t('import.report.title')}
          </Title>
          <ImportIssuesTable issues={issues} fileName={'fileName' in state ? state.fileName : 'import.csv'} />
        </section>
      ) : null}

      {file && state.step !== 'done' ? (
        <section aria-labelledby="import-preview-title">
          <Title order={2} size="h4" id="import-preview-title" mt="lg" mb="xs">
            {t('import.preview.title')}
          </Title>
          {file.ignoredHeaders.length > 0 ? (
            <Text size="sm" mb="xs">
              {t('import.preview.ignored', { columns: file.ignoredHeaders.join(', ') })}
            </Text>
          ) : null}
          <ImportPreview
            rows={file.rows}
            issues={issues}
            checked={state.step === 'checked' || state.step === 'importing'}
          />
        </section>
      ) : null}
    </>
  );
}

function ImportProgressBar({ state, value }: { state: ImportState; value: number }) {
  const { t } = useTranslation();
  if (!('file' in state)) return null;
  const total = state.file.rows.length;
  const label =
    state.step === 'checking'
      ? t('import.progress.checking', {
          checked: formatNumber(state.checkedRows),
          total: formatNumber(total),
        })
      : state.step === 'importing'
        ? t('import.progress.importing', { total: formatNumber(total) })
        : state.step === 'done'
          ? t('import.progress.done')
          : t('import.progress.checked', { total: formatNumber(total) });
  return (
    <Stack gap={4} mb="md">
      <Text size="sm" id="import-progress-label">
        {label}
      </Text>
      <Progress
        value={value}
        size="lg"
        aria-label={label}
        animated={state.step === 'checking' || state.step === 'importing'}
        striped={state.step === 'importing'}
      />
    </Stack>
  );
}

interface OutcomeProps {
  state: ImportState;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onCommit: () => void;
  onRecheck: () => void;
  onStartOver: () => void;
}

function Outcome({ state, headingRef, onCommit, onRecheck, onStartOver }: OutcomeProps) {
  const { t } = useTranslation();
  const heading = (text: string) => (
    <Title order={2} size="h4" ref={headingRef} tabIndex={-1} mb={4} className="main-heading">
      {text}
    </Title>
  );

  switch (state.step) {
    case 'reading':
      return <Text role="status">{t('import.reading', { file: state.fileName })}</Text>;
    case 'fileProblems':
      return (
        <Alert color="red" variant="light" role="alert" mb="md">
          {heading(t('import.fileProblems.title'))}
          <List size="sm">
            {state.problems.map((problem, index) => (
              <List.Item key={index}>
                <FileProblemText problem={problem} />
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('import.nothingChanged')}
          </Text>
        </Alert>
      );
    case 'checked': {
      const total = state.file.rows.length;
      if (state.issues.length > 0) {
        const lines = new Set(state.issues.map((issue) => issue.line)).size;
        return (
          <Alert color="red" variant="light" role="alert" mb="md">
            {heading(
              t('import.checked.problemsTitle', { lines: formatNumber(lines), total: formatNumber(total) }),
            )}
            <Text size="sm">{t('import.checked.problemsText')}</Text>
          </Alert>
        );
      }
      return (
        <Alert color="green" variant="light" role="status" mb="md">
          {heading(t('import.checked.okTitle', { total: formatNumber(total) }))}
          <Text size="sm" mb="sm">
            {t('import.checked.okText')}
          </Text>
          <Group gap="sm">
            <Button onClick={onCommit}>{t('import.commit', { total: formatNumber(total) })}</Button>
            <Button variant="default" onClick={onStartOver}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Alert>
      );
    }
    case 'importing':
      return (
        <Text role="status">
          {t('import.progress.importing', { total: formatNumber(state.file.rows.length) })}
        </Text>
      );
    case 'done':
      return (
        <Alert color="green" variant="light" role="status" mb="md">
          {heading(t('import.done.title', { count: formatNumber(state.imported) }))}
          <Group gap="md" mt="xs">
            <Anchor component={Link} to={paths.actors()}>
              {t('import.done.toActors')}
            </Anchor>
            <Button variant="default" size="xs" onClick={onStartOver}>
              {t('import.done.another')}
            </Button>
          </Group>
        </Alert>
      );
    case 'failed':
      return (
        <div>
          {heading(
            state.during === 'import' ? t('import.failed.importTitle') : t('import.failed.checkTitle'),
          )}
          {state.issues.length > 0 ? (
            <Alert color="red" variant="light" role="alert" mb="md">
              {t('import.failed.refused')}
            </Alert>
          ) : (
            <ErrorState error={state.error} onRetry={state.during === 'check' ? onRecheck : onCommit} />
          )}
          <Text size="sm">{t('import.nothingChanged')}</Text>
        </div>
      );
    default:
      return null;
  }
}

function FileProblemText({ problem }: { problem: FileProblemOrSize }) {
  const { t } = useTranslation();
  switch (problem.kind) {
    case 'tooLarge':
      return <>{t('import.fileProblems.tooLarge')}</>;
    case 'unterminatedQuote':
      return <>{t('import.fileProblems.unterminatedQuote', { line: formatNumber(problem.line) })}</>;
    case 'noHeader':
      return <>{t('import.fileProblems.noHeader')}</>;
    case 'noNameColumn':
      return <>{t('import.fileProblems.noNameColumn', { headers: problem.headers.join('; ') || '—' })}</>;
    case 'duplicateColumn':
      return <>{t('import.fileProblems.duplicateColumn', { header: problem.header })}</>;
    case 'noRows':
      return <>{t('import.fileProblems.noRows')}</>;
    case 'tooManyRows':
      return <>{t('import.fileProblems.tooManyRows', { count: formatNumber(problem.count) })}</>;
  }
}
