import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/format';
import { IMPORT_FIELDS, type ActorImportRow } from '../actorImportFile';
import type { ImportIssue } from '../hooks/useActorImport';

const SHOWN = 20;

const shorten = (value: string | undefined) =>
  value && value.length > 80 ? `${value.slice(0, 79)}…` : (value ?? '');

/**
 * The file as read: the first rows with every column, and per row whether it passed the check, said in
 * words and a symbol (never by colour alone).
 */
export function ImportPreview({
  rows,
  issues,
  checked,
}: {
  rows: ActorImportRow[];
  issues: ImportIssue[];
  checked: boolean;
}) {
  const { t } = useTranslation();
  const issuesPerLine = new Map<number, number>();
  for (const issue of issues) issuesPerLine.set(issue.line, (issuesPerLine.get(issue.line) ?? 0) + 1);

  const status = (line: number) => {
    const count = issuesPerLine.get(line) ?? 0;
    if (count > 0) {
      return (
        <Text component="span" size="sm" fw={600} c="red.9">
          <span aria-hidden>✗ </span>
          {count === 1
            ? t('import.preview.oneProblem')
            : t('import.preview.problems', { count: formatNumber(count) })}
        </Text>
      );
    }
    if (!checked)
      return (
        <Text component="span" size="sm">
          {t('import.preview.pending')}
        </Text>
      );
    return (
      <Text component="span" size="sm">
        <span aria-hidden>✓ </span>
        {t('import.preview.ok')}
      </Text>
    );
  };

  return (
    <>
      <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-labelledby="import-preview-caption">
        <Table striped withTableBorder verticalSpacing="xs" miw={1100}>
          <Table.Caption id="import-preview-caption" style={{ captionSide: 'top', textAlign: 'left' }}>
            {rows.length > SHOWN
              ? t('import.preview.captionFirst', {
                  shown: formatNumber(SHOWN),
                  total: formatNumber(rows.length),
                })
              : t('import.preview.caption', { total: formatNumber(rows.length) })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('import.report.line')}</Table.Th>
              <Table.Th scope="col">{t('import.preview.status')}</Table.Th>
              {IMPORT_FIELDS.map((field) => (
                <Table.Th scope="col" key={field}>
                  {t(`import.columns.${field}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, SHOWN).map((row) => (
              <Table.Tr key={row.line}>
                <Table.Th scope="row" fw={400}>
                  {formatNumber(row.line)}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{status(row.line)}</Table.Td>
                {IMPORT_FIELDS.map((field) => (
                  <Table.Td key={field}>{shorten(row[field])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
    </>
  );
}
