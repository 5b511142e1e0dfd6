import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { FilterPanel } from '../../../shared/lists/FilterPanel';
import { paths } from '../../../shared/paths';
import { useCategoryName, useFieldName } from '../../reference';
import { STEERING_GAPS } from '../graphql/gaps';

function GapSection({
  id,
  title,
  hint,
  total,
  shown,
  children,
}: {
  id: string;
  title: string;
  hint: string;
  total: number;
  shown: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Badge variant="light" color={total === 0 ? 'teal' : 'orange'} tt="none">
            {total}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        {total === 0 ? <Text size="sm">{t('steering.gaps.none')}</Text> : null}
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {children}
        </Stack>
        {shown < total ? (
          <Text size="xs" c="dimmed">
            {t('steering.gaps.more', { shown, total })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/**
 * /steuerung/luecken — the gap lists, computed from the graph on every visit: each gap links to the
 * place where it is closed.
 */
export function GapsPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const [text, setText] = useState('');
  const [debouncedText] = useDebouncedValue(text.trim(), 300);
  const { data, previousData, loading, error, refetch } = useQuery(STEERING_GAPS, {
    variables: { text: debouncedText || null },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <PageHeader
        title={t('steering.gaps.title')}
        description={t('steering.gaps.intro')}
        actions={
          <Anchor component={Link} to={paths.steeringBoard()}>
            {t('steering.gaps.toBoard')}
          </Anchor>
        }
      />
      <FilterPanel label={t('steering.gaps.filterLabel')}>
        <TextInput
          label={t('steering.gaps.filterText')}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maw={420}
        />
      </FilterPanel>
      <QueryState data={data ?? previousData} loading={loading} error={error} refetch={refetch}>
        {(gaps) => (
          <Stack gap="lg">
            <GapSection
              id="gaps-challenges"
              title={t('steering.gaps.challenges')}
              hint={t('steering.gaps.challengesHint')}
              total={gaps.challenges.totalCount ?? 0}
              shown={gaps.challenges.edges.length}
            >
              {gaps.challenges.edges.map(({ node }) => (
                <li key={node.id}>
                  <Anchor component={Link} to={paths.challenge(node.id)} size="sm">
                    {node.title}
                  </Anchor>
                  {node.actionField ? (
                    <Text component="span" size="xs" c="dimmed">
                      {' '}
                      · {node.actionField.position}. {fieldName(node.actionField)}
                    </Text>
                  ) : null}
                </li>
              ))}
            </GapSection>
            <GapSection
              id="gaps-approaches"
              title={t('steering.gaps.approaches')}
              hint={t('steering.gaps.approachesHint')}
              total={gaps.solutionApproaches.totalCount ?? 0}
              shown={gaps.solutionApproaches.edges.length}
            >
              {gaps.solutionApproaches.edges.map(({ node }) => (
                <li key={node.id}>
                  <Anchor component={Link} to={paths.solution(node.id)} size="sm">
                    {node.title}
                  </Anchor>
                </li>
              ))}
            </GapSection>
            <GapSection
              id="gaps-fields"
              title={t('steering.gaps.fields')}
              hint={t('steering.gaps.fieldsHint')}
              total={gaps.actionFieldsWithoutChallenges.length}
              shown={gaps.actionFieldsWithoutChallenges.length}
            >
              {gaps.actionFieldsWithoutChallenges.map((field) => (
                <li key={field.id}>
                  <Anchor component={Link} to={paths.challengeNew(field.id)} size="sm">
                    {t('steering.gaps.recordIn', { field: `${field.position}. ${fieldName(field)}` })}
                  </Anchor>
                </li>
              ))}
            </GapSection>
            <GapSection
              id="gaps-categories"
              title={t('steering.gaps.categories')}
              hint={t('steering.gaps.categoriesHint')}
              total={gaps.categoryFieldGaps.length}
              shown={gaps.categoryFieldGaps.length}
            >
              {gaps.categoryFieldGaps.map((gap) => (
                <li key={`${gap.category.id}:${gap.actionField.id}`}>
                  <Text component="span" size="sm">
                    {categoryName(gap.category)} · {gap.actionField.position}.{' '}
                    {fieldName(gap.actionField)}{' '}
                  </Text>
                  <Anchor component={Link} to={paths.actorsInCategory(gap.category.id)} size="sm">
                    {t('steering.gaps.findActors')}
                  </Anchor>
                  {' · '}
                  <Anchor component={Link} to={paths.actorNew()} size="sm">
                    {t('steering.gaps.addActor')}
                  </Anchor>
                </li>
              ))}
            </GapSection>
          </Stack>
        )}
      </QueryState>
    </>
  );
}
