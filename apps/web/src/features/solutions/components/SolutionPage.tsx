import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Divider,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { goodPracticeLink } from '../../../shared/entity/linkItems';
import { LinkList } from '../../../shared/components/LinkList';
import { EntityPageHeader } from '../../../shared/entity/EntityPageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { CreatedUpdated } from '../../../shared/entity/CreatedUpdated';
import { DescriptionText } from '../../../shared/entity/DescriptionText';
import { EntityLayout } from '../../../shared/entity/EntityLayout';
import { HistoryCard } from '../../history';
import { MentionedIn } from '../../guidelines';
import { useActorOptions } from '../../persons';
import { useFieldName } from '../../reference';
import { DELETE_SOLUTION, LINK_CARRIER, SOLUTION, UNLINK_CARRIER } from '../graphql/solutions';
import { paths, recordPaths } from '../../../shared/paths';
import { StatusTimeline } from './StatusTimeline';

function AddCarrier({
  solutionId,
  linkedIds,
  onDone,
}: {
  solutionId: string;
  linkedIds: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [actorId, setActorId] = useState<string | null>(null);
  const actors = useActorOptions();
  const [link, { loading, error }] = useMutation(LINK_CARRIER);
  const data = actors.options.filter((option) => !linkedIds.includes(option.value));
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        if (!actorId) return;
        await link({ variables: { actorId, solutionId } }).catch(() => undefined);
        setActorId(null);
        onDone();
      }}
    >
      <Group align="flex-end" gap="sm">
        <Select
          label={t('solutions.addCarrier')}
          data={data}
          value={actorId}
          onChange={setActorId}
          searchable
          searchValue={actors.search}
          onSearchChange={actors.setSearch}
          nothingFoundMessage={t('persons.noActorFound')}
          style={{ flex: '1 1 220px' }}
        />
        <Button type="submit" variant="light" disabled={!actorId} loading={loading}>
          {t('challenges.link')}
        </Button>
      </Group>
      {error ? <ErrorState error={error} /> : null}
    </form>
  );
}

export function SolutionPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SOLUTION, { variables: { id } });
  const [unlinkCarrier] = useMutation(UNLINK_CARRIER);

  return (
    <QueryState
      data={data?.solutionApproach}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.solutions(), label: t('solutions.title') }}
    >
      {(solution) => (
        <>
          <EntityPageHeader
            id={solution.id}
            title={solution.title}
            to={recordPaths.solutions}
            listLabel={t('solutions.title')}
            deleteMutation={DELETE_SOLUTION}
            listField="solutionApproaches"
          />
          <EntityLayout
            aside={
              <Stack gap="sm">
                <Title order={2} size="h4">
                  {t('solutions.carriers')}
                </Title>
                {solution.carriers.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('solutions.noCarriers')}
                  </Text>
                ) : null}
                <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                  {solution.carriers.map((actor) => (
                    <Group key={actor.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
                      <Anchor component={Link} to={paths.actor(actor.id)} size="sm">
                        {actor.name}
                      </Anchor>
                      <CloseButton
                        size="sm"
                        aria-label={t('solutions.removeCarrier', { name: actor.name })}
                        onClick={() =>
                          void unlinkCarrier({
                            variables: { actorId: actor.id, solutionId: solution.id },
                          }).then(() => refetch())
                        }
                      />
                    </Group>
                  ))}
                </Stack>
                <AddCarrier
                  solutionId={solution.id}
                  linkedIds={solution.carriers.map((a) => a.id)}
                  onDone={() => void refetch()}
                />
                <CreatedUpdated createdAt={solution.createdAt} updatedAt={solution.updatedAt} />
              </Stack>
            }
          >
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <Badge variant="light" tt="none" w="fit-content">
                  {t(`solutions.status.${solution.status}`)}
                </Badge>
                <DescriptionText text={solution.description} empty={t('solutions.noDescription')} />
              </Stack>
            </Paper>
            <StatusTimeline progress={solution.progress} timeline={solution.statusTimeline} />
            <Paper withBorder p="lg">
              <Stack gap="lg">
                <LinkList
                  title={t('solutions.challenges')}
                  items={solution.challenges}
                  empty={t('solutions.noChallenges')}
                  render={(challenge) => ({
                    key: challenge.id,
                    to: paths.challenge(challenge.id),
                    label: challenge.title,
                    detail: challenge.actionField ? fieldName(challenge.actionField) : undefined,
                  })}
                />
                <Divider />
                <LinkList
                  title={t('solutions.goodPractices')}
                  items={solution.goodPractices}
                  empty={t('solutions.noGoodPractices')}
                  render={goodPracticeLink}
                />
              </Stack>
            </Paper>
            <MentionedIn kind="SolutionApproach" id={solution.id} />
            <HistoryCard entityId={solution.id} revision={solution.revision} />
          </EntityLayout>
        </>
      )}
    </QueryState>
  );
}
