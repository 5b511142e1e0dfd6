import { Anchor, Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChallengeStatus } from '../../../graphql/generated/graphql';
import { paths } from '../../../shared/paths';
import { STATUSES, type BoardCard } from '../status';

const PRIORITY_COLORS: Record<string, string> = { high: 'red', medium: 'yellow', low: 'gray' };

interface ChallengeCardProps {
  card: BoardCard;
  canSteer: boolean;
  onMove: (card: BoardCard, status: ChallengeStatus) => void;
  onMap: (card: BoardCard) => void;
  onDragStart: (card: BoardCard) => void;
  onDragEnd: () => void;
}

/**
 * A challenge on the board: priority, owners (the actors carrying its approaches) and how many
 * approaches address it. The steering group drags it or uses „Status ändern“; everyone maps it.
 */
export function ChallengeCard({ card, canSteer, onMove, onMap, onDragStart, onDragEnd }: ChallengeCardProps) {
  const { t } = useTranslation();
  const count = card.solutionApproaches.length;
  const owners = card.actors.map((actor) => actor.name).join(', ');
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="sm"
      draggable={canSteer}
      data-challenge-id={card.id}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.setData('text/plain', card.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(card);
      }}
      onDragEnd={onDragEnd}
      style={{ cursor: canSteer ? 'grab' : undefined, listStyle: 'none' }}
    >
      <Stack gap={6}>
        <Anchor component={Link} to={paths.challenge(card.id)} fw={600} size="sm">
          {card.title}
        </Anchor>
        <Group gap={4}>
          <Badge variant="outline" color={PRIORITY_COLORS[card.priority] ?? 'gray'} tt="none" size="sm">
            {t('steering.board.priority', { priority: t(`steering.priority.${card.priority}`) })}
          </Badge>
          <Badge variant="light" color={count === 0 ? 'orange' : 'teal'} tt="none" size="sm">
            {count === 0 ? t('steering.board.noApproach') : t('steering.board.approaches', { count })}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {owners ? t('steering.board.owners', { owners }) : t('steering.board.noOwners')}
        </Text>
        <Group gap={4}>
          {canSteer ? (
            <NativeSelect
              size="xs"
              aria-label={t('steering.board.changeStatusOf', { title: card.title })}
              value={card.status}
              data={STATUSES.map((status) => ({ value: status, label: t(`steering.status.${status}`) }))}
              onChange={(event) => onMove(card, event.currentTarget.value as ChallengeStatus)}
            />
          ) : null}
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
        </Group>
      </Stack>
    </Paper>
  );
}
