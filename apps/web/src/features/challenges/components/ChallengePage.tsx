import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, CloseButton, Divider, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { LinkList } from '../../../shared/components/LinkList';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { HistoryList } from '../../history/components/HistoryList';
import { useFieldName } from '../../reference/hooks/useReferenceData';
import { CHALLENGE, DELETE_CHALLENGE, UNLINK_SOLUTION_FROM_CHALLENGE } from '../graphql/challenges';
import { LinkSolutionForm } from './LinkSolutionForm';
import { ChallengeBadges } from './StatusBadges';

export function ChallengePage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CHALLENGE, { variables: { id } });
  const [deleteChallenge] = useMutation(DELETE_CHALLENGE);
  const [unlink] = useMutation(UNLINK_SOLUTION_FROM_CHALLENGE);

  return (
    <QueryState data={data?.challenge} loading={loading} error={error} refetch={refetch}>
      {(challenge) => (
        <>
          <PageHeader
            title={challenge.title}
            eyebrow={
              <Anchor component={Link} to="/herausforderungen" size="sm">
                {t('challenges.title')}
              </Anchor>
            }
            actions={
              <>
                <Button component={Link} to={`/herausforderungen/${challenge.id}/bearbeiten`}>
                  {t('common.edit')}
                </Button>
                <ConfirmDelete
                  name={challenge.title}
                  onConfirm={async () => {
                    await deleteChallenge({
                      variables: { id: challenge.id },
                      update: (cache) => cache.evict({ fieldName: 'challenges' }),
                    });
                    navigate('/herausforderungen', { replace: true });
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
                    <ChallengeBadges status={challenge.status} priority={challenge.priority} />
                    {challenge.description ? (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{challenge.description}</Text>
                    ) : (
                      <Text c="dimmed">{t('challenges.noDescription')}</Text>
                    )}
                  </Stack>
                </Paper>
                <Paper withBorder p="lg">
                  <Stack gap="sm">
                    <Title order={2} size="h4">
                      {t('challenges.solutions')}
                    </Title>
                    {challenge.solutionApproaches.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('challenges.noSolutions')}
                      </Text>
                    ) : null}
                    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                      {challenge.solutionApproaches.map((solution) => (
                        <Group key={solution.id} component="li" gap="xs" wrap="nowrap">
                          <Anchor component={Link} to={`/loesungsansaetze/${solution.id}`} fw={500}>
                            {solution.title}
                          </Anchor>
                          <Text size="sm" c="dimmed">
                            {t(`solutions.status.${solution.status}`)}
                          </Text>
                          <CloseButton
                            size="sm"
                            aria-label={t('challenges.unlink', { title: solution.title })}
                            onClick={() =>
                              void unlink({
                                variables: { challengeId: challenge.id, solutionId: solution.id },
                              }).then(() => refetch())
                            }
                          />
                        </Group>
                      ))}
                    </Stack>
                    <LinkSolutionForm
                      challengeId={challenge.id}
                      linkedIds={challenge.solutionApproaches.map((s) => s.id)}
                      onLinked={() => void refetch()}
                    />
                    <Anchor
                      component={Link}
                      to={`/loesungsansaetze/neu?herausforderung=${challenge.id}`}
                      size="sm"
                    >
                      {t('challenges.newSolution')}
                    </Anchor>
                  </Stack>
                </Paper>
                <Paper withBorder p="lg">
                  <HistoryList entityId={challenge.id} />
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="lg">
                <Stack gap="md">
                  <div>
                    <Text fw={650} size="sm" mb={4}>
                      {t('challenges.fields.actionField')}
                    </Text>
                    {challenge.actionField ? (
                      <Anchor
                        component={Link}
                        to={`/prozesskette#feld-${challenge.actionField.id}`}
                        size="sm"
                      >
                        {challenge.actionField.position}. {fieldName(challenge.actionField)}
                      </Anchor>
                    ) : (
                      <Text size="sm">{t('common.none')}</Text>
                    )}
                  </div>
                  <Divider />
                  <LinkList
                    title={t('challenges.actors')}
                    items={challenge.actors}
                    empty={t('challenges.noActors')}
                    render={(actor) => ({ key: actor.id, to: `/akteure/${actor.id}`, label: actor.name })}
                  />
                  <Text size="xs" c="dimmed">
                    {t('common.createdUpdated', {
                      created: formatDate(challenge.createdAt),
                      updated: formatDate(challenge.updatedAt),
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
