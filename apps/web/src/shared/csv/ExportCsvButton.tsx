import { Button, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../components/ErrorState';
import { formatNumber } from '../format';
import { csvFileName, toCsv, type CsvValue } from './csv';
import { CSV_MIME, downloadText } from './download';

/** One column of an export: its header (already translated) and how a row fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

interface ExportCsvButtonProps<T> {
  /** File name without date and extension, e.g. "akteure". */
  fileName: string;
  columns: readonly CsvColumn<T>[];
  /** Every row of the list as it is filtered now (all pages, not just the one shown). */
  loadRows: (onProgress: (fetched: number) => void) => Promise<T[]>;
  label?: string;
}

/**
 * "CSV exportieren": fetches the whole list with the current filter and downloads it as a CSV file that
 * German Excel opens correctly. Progress and the outcome are announced to screen readers.
 */
export function ExportCsvButton<T>({ fileName, columns, loadRows, label }: ExportCsvButtonProps<T>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [fetched, setFetched] = useState(0);
  const [done, setDone] = useState<number>();
  const [error, setError] = useState<unknown>();

  const run = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    setFetched(0);
    try {
      const rows = await loadRows(setFetched);
      const csv = toCsv(
        columns.map((column) => column.header),
        rows.map((row) => columns.map((column) => column.value(row))),
      );
      downloadText(csvFileName(fileName), csv, CSV_MIME);
      setDone(rows.length);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="default"
        onClick={() => void run()}
        loading={busy}
        aria-describedby={`${fileName}-export-status`}
      >
        {label ?? t('csv.export.button')}
      </Button>
      <VisuallyHidden>
        <span id={`${fileName}-export-status`} role="status" aria-live="polite">
          {busy ? t('csv.export.fetching', { formatted: formatNumber(fetched) }) : ''}
          {done === 1 ? t('csv.export.doneOne') : ''}
          {done !== undefined && done !== 1 ? t('csv.export.done', { formatted: formatNumber(done) }) : ''}
        </span>
      </VisuallyHidden>
      {error ? (
        <Text component="div" w="100%">
          <ErrorState error={error} title={t('csv.export.failed')} onRetry={() => void run()} />
        </Text>
      ) : null}
    </>
  );
}
