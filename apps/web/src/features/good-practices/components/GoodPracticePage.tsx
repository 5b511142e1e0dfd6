import { useQuery } from '@apollo/client/react';
import { Anchor, Divider, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { actorLink } from '../../../shared/entity/linkItems';
import { LinkList } from '../../../shared/components/LinkList';
import { EntityPageHeader } from '../../../shared/entity/EntityPageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { CreatedUpdated } from '../../../shared/entity/CreatedUpdated';
import { DescriptionText } from '../../../shared/entity/DescriptionText';
import { EntityLayout } from '../../../shared/entity/EntityLayout';
import { HistoryCard } from '../../history';
import { MentionedIn } from '../../guidelines';
import { DELETE_GOOD_PRACTICE, GOOD_PRACTICE } from '../graphql/goodPractices';
import { paths, recordPaths } from '../../../shared/paths';

export function GoodPracticePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(GOOD_PRACTICE, { variables: { id } });
  return (
    <QueryState
      data={data?.goodPractice}
      loading={loading}
      error={error}
      refetch={refetch}
      list={{ path: paths.goodPractices(), label: t('goodPractices.title') }}
    >
      {(practice) => (
        <>
          <EntityPageHeader
            id={practice.id}
            title={practice.title}
            to={recordPaths.goodPractices}
            listLabel={t('goodPractices.title')}
            deleteMutation={DELETE_GOOD_PRACTICE}
            listField="goodPractices"
          />
          <EntityLayout
            aside={
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
                  render={actorLink}
                />
                <Divider />
                <LinkList
                  title={t('goodPractices.solutions')}
                  items={practice.solutionApproaches}
                  empty={t('goodPractices.noSolutions')}
                  render={(solution) => ({
                    key: solution.id,
                    to: paths.solution(solution.id),
                    label: solution.title,
                  })}
                />
                <CreatedUpdated createdAt={practice.createdAt} updatedAt={practice.updatedAt} />
              </Stack>
            }
          >
            <Paper withBorder p="lg">
              <Stack gap="sm">
                <DescriptionText text={practice.description} empty={t('goodPractices.noDescription')} />
                {practice.url ? (
                  <Anchor href={practice.url} target="_blank" rel="noopener noreferrer">
                    {practice.url}
                  </Anchor>
                ) : null}
              </Stack>
            </Paper>
            <MentionedIn kind="GoodPractice" id={practice.id} />
            <HistoryCard entityId={practice.id} revision={practice.revision} />
          </EntityLayout>
        </>
      )}
    </QueryState>
  );
}
