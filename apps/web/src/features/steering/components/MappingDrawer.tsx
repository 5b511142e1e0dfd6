import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  CloseButton,
  Divider,
  Drawer,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { charCount, LIMITS } from '@netzwerkstatt/domain';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { QueryState } from '../../../shared/components/QueryState';
import { paths } from '../../../shared/paths';
import {
  ADD_CARRIER,
  ADD_EVIDENCE,
  CHALLENGE_MAPPING,
  CREATE_APPROACH,
  LINK_APPROACH,
  UNLINK_APPROACH,
} from '../graphql/board';
import { useApproachOptions, useCarrierOptions, usePracticeOptions } from '../hooks/useOptions';
import { PickAndLink } from './PickAndLink';
import { ProgressEditor } from './ProgressEditor';

interface MappingDrawerProps {
  challenge: { id: string; title: string };
  canSteer: boolean;
  onClose: () => void;
  /** Something was linked or changed: the board reloads its counts and owners. */
  onChanged: () => void;
}

/**
 * Mapping in place: which approaches answer the challenge (link an existing one or create one), the
 * good practices that evidence each, the actors that carry each, and each one's progress. Members
 * propose here: a new approach starts as „vorgeschlagen“; only the status stays the steering group's.
 */
export function MappingDrawer({ challenge, canSteer, onClose, onChanged }: MappingDrawerProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CHALLENGE_MAPPING, {
    variables: { id: challenge.id },
    fetchPolicy: 'cache-and-network',
  });
  const [linkApproach] = useMutation(LINK_APPROACH);
  const [unlinkApproach] = useMutation(UNLINK_APPROACH);
  const [addCarrier] = useMutation(ADD_CARRIER);
  const [addEvidence] = useMutation(ADD_EVIDENCE);
  const approaches = useApproachOptions();
  const carriers = useCarrierOptions();
  const practices = usePracticeOptions();
  const changed = async () => {
    await refetch();
    onChanged();
  };

  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={t(canSteer ? 'steering.map.title' : 'steering.map.proposeTitle', { title: challenge.title })}
      closeButtonProps={{ 'aria-label': t('steering.map.close') }}
    >
      <QueryState data={data?.challenge} loading={loading} error={error} refetch={refetch}>
        {(mapped) => (
          <Stack gap="md">
            {!canSteer ? (
              <Text size="sm" c="dimmed">
                {t('steering.map.memberHint')}
              </Text>
            ) : null}
            <Title order={3} size="h5">
              {t('steering.map.approaches', { count: mapped.solutionApproaches.length })}
            </Title>
            {mapped.solutionApproaches.length === 0 ? (
              <Text size="sm">{t('steering.map.noApproach')}</Text>
            ) : null}
            {mapped.solutionApproaches.map((approach) => (
              <Paper key={approach.id} withBorder p="sm" component="section" aria-label={approach.title}>
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Anchor component={Link} to={paths.solution(approach.id)} fw={600} size="sm">
                      {approach.title}
                    </Anchor>
                    <Group gap={4} wrap="nowrap">
                      <Text size="xs" c="dimmed">
                        {t(`steering.approachStatus.${approach.status}`)}
                      </Text>
                      <CloseButton
                        size="sm"
                        aria-label={t('steering.map.unlink', { title: approach.title })}
                        onClick={() =>
                          void unlinkApproach({
                            variables: { solutionId: approach.id, challengeId: mapped.id },
                          }).then(changed)
                        }
                      />
                    </Group>
                  </Group>
                  <ProgressEditor approach={approach} onSaved={() => void changed()} />
                  <Text size="xs" fw={650}>
                    {t('steering.map.carriers')}
                  </Text>
                  <Text size="xs">
                    {approach.carriers.map((actor) => actor.name).join(', ') || t('steering.board.none')}
                  </Text>
                  <PickAndLink
                    label={t('steering.map.addCarrier', { title: approach.title })}
                    search={carriers}
                    linkedIds={approach.carriers.map((actor) => actor.id)}
                    onLink={(actorId) =>
                      addCarrier({ variables: { actorId, solutionId: approach.id } }).then(changed)
                    }
                  />
                  <Text size="xs" fw={650}>
                    {t('steering.map.evidence')}
                  </Text>
                  <Text size="xs">
                    {approach.goodPractices.map((practice) => practice.title).join(', ') ||
                      t('steering.board.none')}
                  </Text>
                  <PickAndLink
                    label={t('steering.map.addEvidence', { title: approach.title })}
                    search={practices}
                    linkedIds={approach.goodPractices.map((practice) => practice.id)}
                    onLink={(goodPracticeId) =>
                      addEvidence({ variables: { goodPracticeId, solutionId: approach.id } }).then(changed)
                    }
                  />
                </Stack>
              </Paper>
            ))}
            <Divider />
            <PickAndLink
              label={t('steering.map.linkExisting')}
              search={approaches}
              linkedIds={mapped.solutionApproaches.map((approach) => approach.id)}
              onLink={(solutionId) =>
                linkApproach({ variables: { solutionId, challengeId: mapped.id } }).then(changed)
              }
            />
            <CreateApproach challengeId={mapped.id} onCreated={changed} />
          </Stack>
        )}
      </QueryState>
    </Drawer>
  );
}

/** A new approach answering the challenge, created with one client id per attempt (retries make one). */
function CreateApproach({ challengeId, onCreated }: { challengeId: string; onCreated: () => Promise<void> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string>();
  const [create, { loading, error }] = useMutation(CREATE_APPROACH);
  const createId = useRef(crypto.randomUUID());
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        const issue = title.trim().length === 0 || charCount(title) > LIMITS.title;
        setProblem(issue ? t('steering.map.titleRequired', { max: LIMITS.title }) : undefined);
        if (issue) return;
        const done = await create({
          variables: { input: { id: createId.current, title: title.trim(), challengeIds: [challengeId] } },
        }).catch(() => undefined);
        if (!done) return;
        createId.current = crypto.randomUUID();
        setTitle('');
        await onCreated();
      }}
    >
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          size="xs"
          label={t('steering.map.newApproach')}
          description={t('steering.map.newApproachHint')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={problem}
          style={{ flex: 1 }}
        />
        <Button type="submit" size="xs" mt={38} loading={loading}>
          {t('steering.map.create')}
        </Button>
      </Group>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}
