import { Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toCsv } from '../../../shared/csv/csv';
import { CSV_MIME, downloadText } from '../../../shared/csv/download';
import { formatNumber } from '../../../shared/format';
import type { ImportIssue } from '../hooks/useActorImport';

/** Beyond this the page lists no more issues; the downloadable report has them all. */
const SHOWN = 200;

/** The report: one line per problem with row, column and what is wrong, in the person's language. */
export function ImportIssuesTable({ issues, fileName }: { issues: ImportIssue[]; fileName: string }) {
  const { t, i18n } = useTranslation();
  const message = (issue: ImportIssue) => (i18n.language === 'en' ? issue.messageEn : issue.messageDe);
  const column = (field: string) => t(`import.columns.${field}`, { defaultValue: field });

  const download = () => {
    const csv = toCsv(
      [t('import.report.line'), t('import.report.column'), t('import.report.problem')],
      issues.map((issue) => [issue.line, column(issue.field), message(issue)]),
    );
    downloadText(`${fileName.replace(/\.csv$/i, '')}-${t('import.report.fileSuffix')}.csv`, csv, CSV_MIME);
  };

  return (
    <>
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="import-issues-caption">
        <Table striped withTableBorder verticalSpacing="xs" miw={560}>
          <Table.Caption id="import-issues-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('import.report.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.report.line')}</Table.Th>
              <Table.Th scope="col">{t('import.report.column')}</Table.Th>
              <Table.Th scope="col">{t('import.report.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.slice(0, SHOWN).map((issue, index) => (
              <Table.Tr key={`${issue.line}-${issue.field}-${index}`}>
                <Table.Td>{formatNumber(issue.line)}</Table.Td>
                <Table.Td>{column(issue.field)}</Table.Td>
                <Table.Td>{message(issue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Group mt="xs" gap="sm">
        {issues.length > SHOWN ? (
          <Text size="sm">
            {t('import.report.more', { shown: formatNumber(SHOWN), total: formatNumber(issues.length) })}
          </Text>
        ) : null}
        <Button variant="default" size="xs" onClick={download}>
          {t('import.report.download')}
        </Button>
      </Group>
    </>
  );
}
