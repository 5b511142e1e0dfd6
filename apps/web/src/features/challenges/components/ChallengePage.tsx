import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, CloseButton, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { actorLink } from '../../../shared/entity/linkItems';
import { LinkList } from '../../../shared/components/LinkList';
import { EntityPageHeader } from '../../../shared/entity/EntityPageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { CreatedUpdated } from '../../../shared/entity/CreatedUpdated';
import { DescriptionText } from '../../../shared/entity/DescriptionText';
import { EntityLayout } from '../../../shared/entity/EntityLayout';
import { HistoryCard } from '../../history';
import { MentionedIn } from '../../guidelines';
import { useFieldName } from '../../reference';
import { CHALLENGE, DELETE_CHALLENGE, UNLINK_SOLUTION_FROM_CHALLENGE } from '../graphql/challenges';
import { LinkSolutionForm } from './LinkSolutionForm';
import { ChallengeBadges } from './StatusBadges';
import { paths, recordPaths } from '../../../shared/paths';
import { ShowInGraphLink } from '../../graph';

export function ChallengePage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CHALLENGE, { variables: { id } });
  const [unlink] = useMutation(UNLINK_SOLUTION_FROM_CHALLENGE);

  return (
    <QueryState
      data={data?.challenge}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.challenges(), label: t('challenges.title') }}
    >
      {(challenge) => (
        <>
          <EntityPageHeader
            id={challenge.id}
            extraActions={<ShowInGraphLink id={challenge.id} />}
            title={challenge.title}
            to={recordPaths.challenges}
            listLabel={t('challenges.title')}
            deleteMutation={DELETE_CHALLENGE}
            listField="challenges"
          />
          <EntityLayout
            aside={
              <Stack gap="md">
                <div>
                  <Text fw={650} size="sm" mb={4}>
                    {t('challenges.fields.actionField')}
                  </Text>
                  {challenge.actionField ? (
                    <Anchor component={Link} to={paths.actionField(challenge.actionField.id)} size="sm">
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
                  render={actorLink}
                />
                <CreatedUpdated createdAt={challenge.createdAt} updatedAt={challenge.updatedAt} />
              </Stack>
            }
          >
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <ChallengeBadges status={challenge.status} priority={challenge.priority} />
                <DescriptionText text={challenge.description} empty={t('challenges.noDescription')} />
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
                      <Anchor component={Link} to={paths.solution(solution.id)} fw={500}>
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
                <Anchor component={Link} to={paths.solutionNew(challenge.id)} size="sm">
                  {t('challenges.newSolution')}
                </Anchor>
              </Stack>
            </Paper>
            <MentionedIn kind="Challenge" id={challenge.id} />
            <HistoryCard entityId={challenge.id} revision={challenge.revision} />
          </EntityLayout>
        </>
      )}
    </QueryState>
  );
}
