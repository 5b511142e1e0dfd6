import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeStatus } from '../../../graphql/generated/graphql';
import { useFieldName, type ActionFieldRef } from '../../reference';
import { STATUSES, type BoardCard } from '../status';
import { ChallengeCard } from './ChallengeCard';

interface BoardColumnsProps {
  fields: ActionFieldRef[];
  cards: BoardCard[];
  canSteer: boolean;
  onMove: (card: BoardCard, status: ChallengeStatus) => void;
  onMap: (card: BoardCard) => void;
}

/**
 * The nine action fields along the process chain as columns, each split by status. A card is dropped
 * onto another status of its own column (the board changes status, never the field).
 */
export function BoardColumns({ fields, cards, canSteer, onMove, onMap }: BoardColumnsProps) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const [dragged, setDragged] = useState<BoardCard>();
  const [over, setOver] = useState<string>();

  return (
    <Box
      role="region"
      aria-label={t('steering.board.columnsLabel')}
      tabIndex={0}
      style={{ overflowX: 'auto', paddingBottom: 8 }}
    >
      <Box
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${fields.length}, minmax(230px, 1fr))`,
          gap: 12,
          minWidth: fields.length * 242,
        }}
      >
        {fields.map((field) => {
          const inField = cards.filter((card) => card.actionField?.id === field.id);
          return (
            <section key={field.id} aria-labelledby={`board-field-${field.id}`} data-field-id={field.id}>
              <Group gap={6} mb="xs" wrap="nowrap" align="flex-start">
                <Title order={2} size="h5" id={`board-field-${field.id}`} style={{ flex: 1 }}>
                  {field.position}. {fieldName(field)}
                </Title>
                <Badge
                  variant="light"
                  color="gray"
                  tt="none"
                  aria-label={t('steering.board.cardCount', { count: inField.length })}
                >
                  {inField.length}
                </Badge>
              </Group>
              <Stack gap="xs">
                {STATUSES.map((status) => {
                  const zone = `${field.id}:${status}`;
                  const inZone = inField.filter((card) => card.status === status);
                  const accepts =
                    canSteer &&
                    dragged !== undefined &&
                    dragged.actionField?.id === field.id &&
                    dragged.status !== status;
                  return (
                    <Box
                      key={status}
                      data-status-zone={status}
                      p={6}
                      onDragOver={(event) => {
                        // The dragged card is known from the drag's data on drop; here only whether moves are allowed.
                        if (!canSteer) return;
                        event.preventDefault();
                        event.dataTransfer.dropEffect = 'move';
                        setOver(zone);
                      }}
                      onDragLeave={() => setOver((current) => (current === zone ? undefined : current))}
                      onDrop={(event) => {
                        event.preventDefault();
                        setOver(undefined);
                        setDragged(undefined);
                        const id = event.dataTransfer.getData('text/plain');
                        const card = inField.find((candidate) => candidate.id === id);
                        if (canSteer && card && card.status !== status) onMove(card, status);
                      }}
                      style={{
                        borderRadius: 6,
                        background: 'var(--mantine-color-gray-0)',
                        outline:
                          over === zone
                            ? '2px solid var(--mantine-color-brand-6)'
                            : accepts
                              ? '2px dashed var(--mantine-color-gray-5)'
                              : undefined,
                      }}
                    >
                      <Text size="xs" fw={650} mb={4}>
                        {t(`steering.status.${status}`)} ({inZone.length})
                      </Text>
                      <Stack
                        component="ul"
                        gap={6}
                        p={0}
                        m={0}
                        aria-label={t('steering.board.zoneLabel', {
                          field: fieldName(field),
                          status: t(`steering.status.${status}`),
                        })}
                      >
                        {inZone.map((card) => (
                          <ChallengeCard
                            key={card.id}
                            card={card}
                            canSteer={canSteer}
                            onMove={onMove}
                            onMap={onMap}
                            onDragStart={setDragged}
                            onDragEnd={() => {
                              setDragged(undefined);
                              setOver(undefined);
                            }}
                          />
                        ))}
                      </Stack>
                    </Box>
                  );
                })}
              </Stack>
            </section>
          );
        })}
      </Box>
    </Box>
  );
}
