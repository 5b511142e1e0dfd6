import { Anchor, Badge, Table, Text } from '@mantine/core';
import { addDays, germanDay } from '@netzwerkstatt/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MandatePartsFragment } from '../../../graphql/generated/graphql';
import { paths } from '../../../shared/paths';

interface MandateTableProps {
  caption: string;
  mandates: readonly MandatePartsFragment[];
  empty: string;
  /** Edit links for the steering group. */
  editable: boolean;
}

/** Mandates as a table: holder, organisation, term (the last day in office is the day before the end). */
export function MandateTable({ caption, mandates, empty, editable }: MandateTableProps) {
  const { t } = useTranslation();
  if (mandates.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('mandates.columns.person')}</Table.Th>
          <Table.Th scope="col">{t('mandates.columns.actor')}</Table.Th>
          <Table.Th scope="col">{t('mandates.columns.start')}</Table.Th>
          <Table.Th scope="col">{t('mandates.columns.lastDay')}</Table.Th>
          <Table.Th scope="col">{t('mandates.columns.kind')}</Table.Th>
          {editable ? (
            <Table.Th scope="col">
              <span className="visually-hidden">{t('mandates.columns.actions')}</span>
            </Table.Th>
          ) : null}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {mandates.map((mandate) => (
          <Table.Tr key={mandate.id}>
            <Table.Td>
              {mandate.personId ? (
                <Anchor component={Link} to={paths.person(mandate.personId)}>
                  {mandate.personName}
                </Anchor>
              ) : (
                t('mandates.gone')
              )}
            </Table.Td>
            <Table.Td>
              {mandate.actorId ? (
                <Anchor component={Link} to={paths.actor(mandate.actorId)}>
                  {mandate.actorName}
                </Anchor>
              ) : (
                t('mandates.gone')
              )}
            </Table.Td>
            <Table.Td>{germanDay(mandate.startDate)}</Table.Td>
            <Table.Td>{germanDay(addDays(mandate.endDate, -1))}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={mandate.kind === 'confirmed' ? 'teal' : 'blue'}>
                {t(`mandates.kinds.${mandate.kind}`)}
              </Badge>
            </Table.Td>
            {editable ? (
              <Table.Td>
                <Anchor component={Link} to={paths.mandateEdit(mandate.id)}>
                  {t('mandates.edit')}
                  <span className="visually-hidden">: {mandate.personName}</span>
                </Anchor>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
