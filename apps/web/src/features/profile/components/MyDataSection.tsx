import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../shared/components/ErrorState';
import { csvFileName } from '../../../shared/csv/csv';
import { CSV_MIME, downloadText } from '../../../shared/csv/download';
import { formatNumber } from '../../../shared/format';
import { MY_DATA } from '../graphql/profile';
import { myDataCsv } from '../myDataCsv';

type Format = 'json' | 'csv';

/** Everything stored about me (Art. 15 GDPR), fetched fresh and downloaded as JSON or CSV. */
export function MyDataSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState<Format>();
  const [error, setError] = useState<unknown>();
  const [summary, setSummary] = useState<{ sessions: number; changes: number }>();

  const download = async (format: Format) => {
    setBusy(format);
    setError(undefined);
    try {
      const result = await client.query({ query: MY_DATA, fetchPolicy: 'no-cache' });
      if (result.error) throw result.error;
      const data = (result.data?.myData ?? {}) as Record<string, unknown>;
      const base = t('profile.data.file');
      if (format === 'json') {
        downloadText(
          csvFileName(base).replace(/\.csv$/, '.json'),
          `${JSON.stringify(data, null, 2)}\n`,
          'application/json;charset=utf-8',
        );
      } else {
        const csv = myDataCsv(data, {
          header: [
            t('profile.data.csv.section'),
            t('profile.data.csv.entry'),
            t('profile.data.csv.field'),
            t('profile.data.csv.value'),
          ],
          sections: {
            account: t('profile.data.csv.account'),
            sessions: t('profile.data.csv.sessions'),
            changes: t('profile.data.csv.changes'),
          },
        });
        downloadText(csvFileName(base), csv, CSV_MIME);
      }
      const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
      setSummary({ sessions: count(data.sessions), changes: count(data.changes) });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <Text mb="sm">{t('profile.data.intro')}</Text>
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => void download('json')}
          loading={busy === 'json'}
          disabled={busy !== undefined}
        >
          {t('profile.data.json')}
        </Button>
        <Button
          variant="default"
          onClick={() => void download('csv')}
          loading={busy === 'csv'}
          disabled={busy !== undefined}
        >
          {t('profile.data.csv.button')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {summary ? (
          <Alert color="green" variant="light" mt="md">
            {t('profile.data.done', {
              sessions: formatNumber(summary.sessions),
              changes: formatNumber(summary.changes),
            })}
          </Alert>
        ) : null}
      </div>
      {error ? <ErrorState error={error} onRetry={() => void download('json')} /> : null}
    </>
  );
}
