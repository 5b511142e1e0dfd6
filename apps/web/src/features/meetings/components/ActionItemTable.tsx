import { useMutation } from '@apollo/client/react';
import { Anchor, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItemPartsFragment } from '../../../graphql/generated/graphql';
import { paths } from '../../../shared/paths';
import { formatDay } from '../format';
import { UPDATE_ACTION_ITEM } from '../graphql/meetings';

const STATUSES = ['open', 'in_progress', 'done'] as const;

interface ActionItemTableProps {
  caption: string;
  items: readonly ActionItemPartsFragment[];
  empty: string;
  /** The steering group changes the status in place. */
  editable: boolean;
  /** Show the meeting that raised each item. */
  withMeeting?: boolean;
  onChanged?: () => void;
}

export function ActionItemTable({
  caption,
  items,
  empty,
  editable,
  withMeeting,
  onChanged,
}: ActionItemTableProps) {
  const { t } = useTranslation();
  const [update] = useMutation(UPDATE_ACTION_ITEM);
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('meetings.action.title')}</Table.Th>
          <Table.Th scope="col">{t('meetings.action.owner')}</Table.Th>
          <Table.Th scope="col">{t('meetings.action.due')}</Table.Th>
          {withMeeting ? <Table.Th scope="col">{t('meetings.action.raisedAt')}</Table.Th> : null}
          <Table.Th scope="col">{t('meetings.action.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Td>{item.title}</Table.Td>
            <Table.Td>
              {item.ownerId ? (
                <Anchor component={Link} to={paths.actor(item.ownerId)}>
                  {item.ownerName}
                </Anchor>
              ) : (
                '–'
              )}
            </Table.Td>
            <Table.Td>{item.dueDate ? formatDay(item.dueDate) : '–'}</Table.Td>
            {withMeeting ? (
              <Table.Td>
                {item.meetingId ? (
                  <Anchor component={Link} to={paths.meeting(item.meetingId)}>
                    {item.meetingTitle}
                  </Anchor>
                ) : (
                  '–'
                )}
              </Table.Td>
            ) : null}
            <Table.Td>
              {editable ? (
                <NativeSelect
                  aria-label={t('meetings.action.statusOf', { title: item.title })}
                  value={item.status}
                  data={STATUSES.map((status) => ({ value: status, label: t(`meetings.status.${status}`) }))}
                  onChange={(event) =>
                    void update({
                      variables: {
                        id: item.id,
                        expectedRevision: item.revision,
                        input: { status: event.currentTarget.value as (typeof STATUSES)[number] },
                      },
                    }).then(() => onChanged?.())
                  }
                />
              ) : (
                t(`meetings.status.${item.status}`)
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
