import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChallengePriority, ChallengeStatus } from '../../../graphql/generated/graphql';
import { ErrorState } from '../../../shared/components/ErrorState';
import { PageHeader } from '../../../shared/components/PageHeader';
import { FilterPanel } from '../../../shared/lists/FilterPanel';
import { ListResults } from '../../../shared/lists/ListResults';
import { paths } from '../../../shared/paths';
import { useSession } from '../../auth';
import { useReferenceData } from '../../reference';
import { MOVE_CHALLENGE, STEERING_BOARD } from '../graphql/board';
import { useRevisionedSave } from '../hooks/useRevisionedSave';
import { PRIORITIES, STATUSES, type BoardCard } from '../status';
import { BoardColumns } from './BoardColumns';
import { BoardList } from './BoardList';
import { MappingDrawer } from './MappingDrawer';
import { SaveConflictDialog } from './SaveConflictDialog';

/**
 * /steuerung/board — challenges → solutions along the process chain. The steering group (and admins)
 * move cards between statuses by dragging, by a card's „Status ändern“ menu or in the list; members
 * read the board and propose solution approaches from a card.
 */
export function SteeringBoardPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canSteer = can('steering');
  const { reference } = useReferenceData();
  const [view, setView] = useState<'board' | 'list'>('board');
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const [regionIds, setRegionIds] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<string[]>([]);
  const [priorities, setPriorities] = useState<string[]>([]);
  const [withoutSolution, setWithoutSolution] = useState(false);
  const [mapping, setMapping] = useState<BoardCard>();
  const [announcement, setAnnouncement] = useState('');
  const filter = {
    text: debouncedText || null,
    regionIds: regionIds.length ? regionIds : null,
    status: statuses.length ? (statuses as ChallengeStatus[]) : null,
    priority: priorities.length ? (priorities as ChallengePriority[]) : null,
    withoutSolution: withoutSolution || null,
  };
  const { data, previousData, loading, error, refetch } = useQuery(STEERING_BOARD, { variables: { filter } });
  const connection = (data ?? previousData)?.challenges;
  const [moveChallenge] = useMutation(MOVE_CHALLENGE);
  const saves = useRevisionedSave();
  const [moving, setMoving] = useState<{ card: BoardCard; status: ChallengeStatus }>();
  const fields = [...(reference?.actionFields ?? [])].sort((a, b) => a.position - b.position);
  const statusName = (status: string) => t(`steering.status.${status}`);

  async function move(card: BoardCard, status: ChallengeStatus, revision = card.revision) {
    if (card.status === status && revision === card.revision) return;
    setMoving({ card, status });
    const saved = await saves.save({ status }, { status: card.status }, revision, (expectedRevision) =>
      moveChallenge({ variables: { id: card.id, expectedRevision, status } }),
    );
    if (saved) {
      setAnnouncement(t('steering.board.moved', { title: card.title, status: statusName(status) }));
      setMoving(undefined);
      void refetch();
    } else {
      setAnnouncement(t('steering.board.notMoved', { title: card.title }));
    }
  }

  return (
    <>
      <PageHeader
        title={t('steering.board.title')}
        description={t(canSteer ? 'steering.board.introSteering' : 'steering.board.introMember')}
        actions={
          <Anchor component={Link} to={paths.steeringGaps()}>
            {t('steering.gaps.link')}
          </Anchor>
        }
      />
      <div
        role="status"
        aria-live="polite"
        className="visually-hidden-inline"
        data-testid="board-announcement"
      >
        {announcement}
      </div>
      {!canSteer ? (
        <Alert variant="light" color="gray" mb="md" title={t('steering.board.readOnlyTitle')}>
          {t('steering.board.readOnly')}
        </Alert>
      ) : null}
      <FilterPanel label={t('steering.board.filterLabel')}>
        <Stack gap="sm">
          <Group grow align="flex-start" wrap="wrap">
            <TextInput
              label={t('steering.board.filterText')}
              type="search"
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              miw={180}
            />
            <MultiSelect
              label={t('steering.fields.region')}
              data={(reference?.regions ?? []).map((region) => ({ value: region.id, label: region.name }))}
              value={regionIds}
              onChange={setRegionIds}
              clearable
              searchable
              miw={180}
            />
            <MultiSelect
              label={t('steering.fields.status')}
              data={STATUSES.map((status) => ({ value: status, label: statusName(status) }))}
              value={statuses}
              onChange={setStatuses}
              clearable
              miw={180}
            />
            <MultiSelect
              label={t('steering.fields.priority')}
              data={PRIORITIES.map((priority) => ({
                value: priority,
                label: t(`steering.priority.${priority}`),
              }))}
              value={priorities}
              onChange={setPriorities}
              clearable
              miw={180}
            />
          </Group>
          <Group justify="space-between" wrap="wrap">
            <Checkbox
              label={t('steering.board.withoutSolution')}
              checked={withoutSolution}
              onChange={(event) => setWithoutSolution(event.currentTarget.checked)}
            />
            <SegmentedControl
              aria-label={t('steering.board.view')}
              value={view}
              onChange={(value) => setView(value as 'board' | 'list')}
              data={[
                { value: 'board', label: t('steering.board.viewBoard') },
                { value: 'list', label: t('steering.board.viewList') },
              ]}
            />
          </Group>
          <Text size="xs" c="dimmed">
            {t('steering.board.regionHint')}
          </Text>
        </Stack>
      </FilterPanel>
      {saves.error ? <ErrorState error={saves.error} /> : null}
      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(connection) => (
          <Stack gap="sm" aria-busy={loading}>
            <Text size="sm">{t('steering.board.count', { count: connection.totalCount ?? 0 })}</Text>
            {view === 'board' ? (
              <BoardColumns
                fields={fields}
                cards={connection.edges.map((edge) => edge.node)}
                canSteer={canSteer}
                onMove={(card, status) => void move(card, status)}
                onMap={setMapping}
              />
            ) : (
              <BoardList
                fields={fields}
                cards={connection.edges.map((edge) => edge.node)}
                canSteer={canSteer}
                onMove={(card, status) => void move(card, status)}
                onMap={setMapping}
              />
            )}
            {connection.pageInfo.hasNextPage ? (
              <Text size="sm" c="dimmed">
                {t('steering.board.narrowDown', { count: connection.totalCount ?? 0 })}
              </Text>
            ) : null}
          </Stack>
        )}
      </ListResults>
      {mapping ? (
        <MappingDrawer
          challenge={mapping}
          canSteer={canSteer}
          onClose={() => setMapping(undefined)}
          onChanged={() => void refetch()}
        />
      ) : null}
      {saves.pending && moving ? (
        <SaveConflictDialog
          pending={saves.pending}
          describeValue={(_field, value) => (typeof value === 'string' ? statusName(value) : undefined)}
          onKeepMine={(revision) => {
            saves.clearPending();
            void move(moving.card, moving.status, revision);
          }}
          onKeepTheirs={() => {
            saves.clearPending();
            setMoving(undefined);
            void refetch();
          }}
        />
      ) : null}
    </>
  );
}
