import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Divider, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmDelete } from '../../../shared/components/ConfirmDelete';
import { LinkList } from '../../../shared/components/LinkList';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { formatDate } from '../../../shared/format';
import { HistoryList } from '../../history/components/HistoryList';
import { useFieldName } from '../../reference/hooks/useReferenceData';
import { ACTOR, DELETE_ACTOR } from '../graphql/actors';

export function ActorPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ACTOR, { variables: { id } });
  const [deleteActor] = useMutation(DELETE_ACTOR);

  return (
    <QueryState data={data?.actor} loading={loading} error={error} refetch={refetch}>
      {(actor) => (
        <>
          <PageHeader
            title={actor.name}
            eyebrow={
              <Anchor component={Link} to="/akteure" size="sm">
                {t('actors.title')}
              </Anchor>
            }
            actions={
              <>
                <Button component={Link} to={`/akteure/${actor.id}/bearbeiten`}>
                  {t('common.edit')}
                </Button>
                <ConfirmDelete
                  name={actor.name}
                  onConfirm={async () => {
                    await deleteActor({
                      variables: { id: actor.id },
                      update: (cache) => cache.evict({ fieldName: 'actors' }),
                    });
                    navigate('/akteure', { replace: true });
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
                    {actor.description ? (
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{actor.description}</Text>
                    ) : (
                      <Text c="dimmed">{t('actors.noDescription')}</Text>
                    )}
                    <Group gap="lg">
                      {actor.website ? (
                        <Anchor href={actor.website} target="_blank" rel="noopener noreferrer">
                          {t('actors.fields.website')}: {actor.website}
                        </Anchor>
                      ) : null}
                      {actor.email ? <Anchor href={`mailto:${actor.email}`}>{actor.email}</Anchor> : null}
                    </Group>
                  </Stack>
                </Paper>
                <Paper withBorder p="lg">
                  <Stack gap="lg">
                    <LinkList
                      title={t('actors.persons')}
                      items={actor.persons}
                      empty={t('actors.noPersons')}
                      render={({ person, role }) => ({
                        key: person.id,
                        to: `/personen/${person.id}`,
                        label: person.name,
                        detail: [role, person.function].filter(Boolean).join(' · '),
                      })}
                    />
                    <Anchor component={Link} to={`/personen/neu?akteur=${actor.id}`} size="sm">
                      {t('actors.addPerson')}
                    </Anchor>
                    <Divider />
                    <LinkList
                      title={t('actors.solutionApproaches')}
                      items={actor.solutionApproaches}
                      empty={t('actors.noSolutions')}
                      render={(solution) => ({
                        key: solution.id,
                        to: `/loesungsansaetze/${solution.id}`,
                        label: solution.title,
                        detail: t(`solutions.status.${solution.status}`),
                      })}
                    />
                    <Divider />
                    <LinkList
                      title={t('actors.goodPractices')}
                      items={actor.goodPractices}
                      empty={t('actors.noGoodPractices')}
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
                  <HistoryList entityId={actor.id} />
                </Paper>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="lg">
                <Stack gap="md">
                  <div>
                    <Text fw={650} size="sm" mb={6}>
                      {t('actors.fields.categories')}
                    </Text>
                    <Group gap={6}>
                      {actor.categories.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('common.none')}
                        </Text>
                      ) : null}
                      {actor.categories.map((category) => (
                        <Badge key={category.id} variant="light" tt="none">
                          {category.name}
                        </Badge>
                      ))}
                    </Group>
                  </div>
                  <div>
                    <Text fw={650} size="sm" mb={6}>
                      {t('actors.fields.actionFields')}
                    </Text>
                    {actor.actionFields.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('common.none')}
                      </Text>
                    ) : null}
                    <Stack gap={4}>
                      {[...actor.actionFields]
                        .sort((a, b) => a.position - b.position)
                        .map((field) => (
                          <Anchor
                            key={field.id}
                            component={Link}
                            to={`/prozesskette#feld-${field.id}`}
                            size="sm"
                          >
                            {field.position}. {fieldName(field)}
                          </Anchor>
                        ))}
                    </Stack>
                  </div>
                  <div>
                    <Text fw={650} size="sm" mb={6}>
                      {t('actors.fields.regions')}
                    </Text>
                    <Text size="sm">
                      {actor.statewide
                        ? t('actors.statewide')
                        : actor.regions.length > 0
                          ? actor.regions.map((region) => region.name).join(', ')
                          : t('common.none')}
                    </Text>
                  </div>
                  <Text size="xs" c="dimmed">
                    {t('common.createdUpdated', {
                      created: formatDate(actor.createdAt),
                      updated: formatDate(actor.updatedAt),
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
