import { Anchor, Button, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChallengeStatus } from '../../../graphql/generated/graphql';
import { paths } from '../../../shared/paths';
import { useFieldName, type ActionFieldRef } from '../../reference';
import { STATUSES, type BoardCard } from '../status';

interface BoardListProps {
  fields: ActionFieldRef[];
  cards: BoardCard[];
  canSteer: boolean;
  onMove: (card: BoardCard, status: ChallengeStatus) => void;
  onMap: (card: BoardCard) => void;
}

/** The board as a table, in process-chain order: the same moves with a plain select per row. */
export function BoardList({ fields, cards, canSteer, onMove, onMap }: BoardListProps) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const rows = fields.flatMap((field) =>
    cards.filter((card) => card.actionField?.id === field.id).map((card) => ({ field, card })),
  );
  if (rows.length === 0) return <Text>{t('steering.board.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('steering.fields.actionField')}</Table.Th>
            <Table.Th scope="col">{t('steering.fields.challenge')}</Table.Th>
            <Table.Th scope="col">{t('steering.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('steering.fields.priority')}</Table.Th>
            <Table.Th scope="col">{t('steering.fields.owners')}</Table.Th>
            <Table.Th scope="col">{t('steering.fields.approaches')}</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden-inline">{t('steering.fields.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ field, card }) => (
            <Table.Tr key={card.id}>
              <Table.Td>
                {field.position}. {fieldName(field)}
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.challenge(card.id)}>
                  {card.title}
                </Anchor>
              </Table.Td>
              <Table.Td>
                {canSteer ? (
                  <NativeSelect
                    size="xs"
                    aria-label={t('steering.board.statusOf', { title: card.title })}
                    value={card.status}
                    data={STATUSES.map((status) => ({
                      value: status,
                      label: t(`steering.status.${status}`),
                    }))}
                    onChange={(event) => onMove(card, event.currentTarget.value as ChallengeStatus)}
                  />
                ) : (
                  t(`steering.status.${card.status}`)
                )}
              </Table.Td>
              <Table.Td>{t(`steering.priority.${card.priority}`)}</Table.Td>
              <Table.Td>
                {card.actors.map((actor) => actor.name).join(', ') || t('steering.board.none')}
              </Table.Td>
              <Table.Td>{card.solutionApproaches.length}</Table.Td>
              <Table.Td>
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onMap(card)}
                  aria-label={t(canSteer ? 'steering.board.mapOf' : 'steering.board.proposeOf', {
                    title: card.title,
                  })}
                >
                  {canSteer ? t('steering.board.map') : t('steering.board.propose')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
