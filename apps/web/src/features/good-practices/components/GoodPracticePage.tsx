import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Divider, Grid, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { LinkList } from '../../../shared/components/LinkList';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { HistoryList } from '../../history/components/HistoryList';
import { DELETE_GOOD_PRACTICE, GOOD_PRACTICE } from '../graphql/goodPractices';

export function GoodPracticePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GOOD_PRACTICE, { variables: { id } });
  const [deletePractice] = useMutation(DELETE_GOOD_PRACTICE);
  return (
    <QueryState data={data?.goodPractice} loading={loading} error={error} refetch={refetch}>
      {(practice) => (
        <>
          <PageHeader
            title={practice.title}
            eyebrow={
              <Anchor component={Link} to="/gute-praxis" size="sm">
                {t('goodPractices.title')}
              </Anchor>
            }
            actions={
              <>
                <Button component={Link} to={`/gute-praxis/${practice.id}/bearbeiten`}>
                  {t('common.edit')}
                </Button>
                <ConfirmDelete
                  name={practice.title}
                  onConfirm={async () => {
                    await deletePractice({
                      variables: { id: practice.id },
                      update: (cache) => cache.evict({ fieldName: 'goodPractices' }),
                    });
                    navigate('/gute-praxis', { replace: true });
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
                    {practice.description ? (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{practice.description}</Text>
                    ) : (
                      <Text c="dimmed">{t('goodPractices.noDescription')}</Text>
                    )}
                    {practice.url ? (
                      <Anchor href={practice.url} target="_blank" rel="noopener noreferrer">
                        {practice.url}
                      </Anchor>
                    ) : null}
                  </Stack>
                </Paper>
                <Paper withBorder p="lg">
                  <HistoryList entityId={practice.id} />
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="lg">
                <Stack gap="md">
                  {practice.year ? (
                    <Text size="sm">
                      {t('goodPractices.fields.year')}: {practice.year}
                    </Text>
                  ) : null}
                  <LinkList
                    title={t('goodPractices.practisedBy')}
                    items={practice.practisedBy}
                    empty={t('goodPractices.noActors')}
                    render={(actor) => ({ key: actor.id, to: `/akteure/${actor.id}`, label: actor.name })}
                  />
                  <Divider />
                  <LinkList
                    title={t('goodPractices.solutions')}
                    items={practice.solutionApproaches}
                    empty={t('goodPractices.noSolutions')}
                    render={(solution) => ({
                      key: solution.id,
                      to: `/loesungsansaetze/${solution.id}`,
                      label: solution.title,
                    })}
                  />
                  <Text size="xs" c="dimmed">
                    {t('common.createdUpdated', {
                      created: formatDate(practice.createdAt),
                      updated: formatDate(practice.updatedAt),
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
