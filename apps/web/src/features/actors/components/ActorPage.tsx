import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Divider, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { goodPracticeLink } from '../../../shared/entity/linkItems';
import { LinkList } from '../../../shared/components/LinkList';
import { EntityPageHeader } from '../../../shared/entity/EntityPageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { CreatedUpdated } from '../../../shared/entity/CreatedUpdated';
import { DescriptionText } from '../../../shared/entity/DescriptionText';
import { EntityLayout } from '../../../shared/entity/EntityLayout';
import { HistoryCard } from '../../history';
import { MentionedIn } from '../../guidelines';
import { useCategoryName, useFieldName } from '../../reference';
import { ACTOR, DELETE_ACTOR } from '../graphql/actors';
import { paths, recordPaths } from '../../../shared/paths';
import { ShowInGraphLink } from '../../graph';

export function ActorPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ACTOR, { variables: { id } });

  return (
    <QueryState
      data={data?.actor}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.actors(), label: t('actors.title') }}
    >
      {(actor) => (
        <>
          <EntityPageHeader
            id={actor.id}
            extraActions={<ShowInGraphLink id={actor.id} />}
            title={actor.name}
            to={recordPaths.actors}
            listLabel={t('actors.title')}
            deleteMutation={DELETE_ACTOR}
            listField="actors"
          />
          <EntityLayout
            aside={
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
                        {categoryName(category)}
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
                        <Anchor key={field.id} component={Link} to={paths.actionField(field.id)} size="sm">
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
                <CreatedUpdated createdAt={actor.createdAt} updatedAt={actor.updatedAt} />
              </Stack>
            }
          >
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <DescriptionText text={actor.description} empty={t('actors.noDescription')} />
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
                    to: paths.person(person.id),
                    label: person.name,
                    detail: [role, person.function].filter(Boolean).join(' · '),
                  })}
                />
                <Anchor component={Link} to={paths.personNew(actor.id)} size="sm">
                  {t('actors.addPerson')}
                </Anchor>
                <Divider />
                <LinkList
                  title={t('actors.solutionApproaches')}
                  items={actor.solutionApproaches}
                  empty={t('actors.noSolutions')}
                  render={(solution) => ({
                    key: solution.id,
                    to: paths.solution(solution.id),
                    label: solution.title,
                    detail: t(`solutions.status.${solution.status}`),
                  })}
                />
                <Divider />
                <LinkList
                  title={t('actors.goodPractices')}
                  items={actor.goodPractices}
                  empty={t('actors.noGoodPractices')}
                  render={goodPracticeLink}
                />
              </Stack>
            </Paper>
            <MentionedIn kind="Actor" id={actor.id} />
            <HistoryCard entityId={actor.id} revision={actor.revision} />
          </EntityLayout>
        </>
      )}
    </QueryState>
  );
}
