import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  CloseButton,
  Divider,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { ErrorState } from '../../../shared/components/ErrorState';
import { LinkList } from '../../../shared/components/LinkList';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { HistoryList } from '../../history/components/HistoryList';
import { ACTOR_OPTIONS } from '../../persons/graphql/persons';
import { useFieldName } from '../../reference/hooks/useReferenceData';
import { DELETE_SOLUTION, LINK_CARRIER, SOLUTION, UNLINK_CARRIER } from '../graphql/solutions';

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
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [actorId, setActorId] = useState<string | null>(null);
  const options = useQuery(ACTOR_OPTIONS, { variables: { text: debounced || null } });
  const [link, { loading, error }] = useMutation(LINK_CARRIER);
  const data = ((options.data ?? options.previousData)?.actors.edges ?? [])
    .map(({ node }) => node)
    .filter((node) => !linkedIds.includes(node.id))
    .map((node) => ({ value: node.id, label: node.name }));
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
          searchValue={search}
          onSearchChange={setSearch}
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
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SOLUTION, { variables: { id } });
  const [deleteSolution] = useMutation(DELETE_SOLUTION);
  const [unlinkCarrier] = useMutation(UNLINK_CARRIER);

  return (
    <QueryState data={data?.solutionApproach} loading={loading} error={error} refetch={refetch}>
      {(solution) => (
        <>
          <PageHeader
            title={solution.title}
            eyebrow={
              <Anchor component={Link} to="/loesungsansaetze" size="sm">
                {t('solutions.title')}
              </Anchor>
            }
            actions={
              <>
                <Button component={Link} to={`/loesungsansaetze/${solution.id}/bearbeiten`}>
                  {t('common.edit')}
                </Button>
                <ConfirmDelete
                  name={solution.title}
                  onConfirm={async () => {
                    await deleteSolution({
                      variables: { id: solution.id },
                      update: (cache) => cache.evict({ fieldName: 'solutionApproaches' }),
                    });
                    navigate('/loesungsansaetze', { replace: true });
                  }}
                />
              </>
            }
          />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <Paper withBorder p="lg">
                  <Stack gap="sm">
                    <Badge variant="light" tt="none" w="fit-content">
                      {t(`solutions.status.${solution.status}`)}
                    </Badge>
                    {solution.description ? (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{solution.description}</Text>
                    ) : (
                      <Text c="dimmed">{t('solutions.noDescription')}</Text>
                    )}
                  </Stack>
                </Paper>
                <Paper withBorder p="lg">
                  <Stack gap="lg">
                    <LinkList
                      title={t('solutions.challenges')}
                      items={solution.challenges}
                      empty={t('solutions.noChallenges')}
                      render={(challenge) => ({
                        key: challenge.id,
                        to: `/herausforderungen/${challenge.id}`,
                        label: challenge.title,
                        detail: challenge.actionField ? fieldName(challenge.actionField) : undefined,
                      })}
                    />
                    <Divider />
                    <LinkList
                      title={t('solutions.goodPractices')}
                      items={solution.goodPractices}
                      empty={t('solutions.noGoodPractices')}
                      render={(practice) => ({
                        key: practice.id,
                        to: `/gute-praxis/${practice.id}`,
                        label: practice.title,
                        detail: practice.year ? String(practice.year) : undefined,
                      })}
                    />
                  </Stack>
                </Paper>
                <Paper withBorder p="lg">
                  <HistoryList entityId={solution.id} />
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="lg">
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
                        <Anchor component={Link} to={`/akteure/${actor.id}`} size="sm">
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
                  <Text size="xs" c="dimmed">
                    {t('common.createdUpdated', {
                      created: formatDate(solution.createdAt),
                      updated: formatDate(solution.updatedAt),
                    })}
                  </Text>
                </Stack>
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
    </QueryState>
  );
}
