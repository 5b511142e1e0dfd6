import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../shared/components/ErrorState';
import { formatNumber } from '../../../shared/format';
import { actorDirectoryPath } from '../../actors';
import { useCategoryName, useFieldName, type ActionFieldRef } from '../../reference';
import { ShowInGraphLink } from '../../graph';
import { FIELD_ACTORS } from '../graphql/processChain';
import { paths } from '../../../shared/paths';

const SHOWN = 8;

/**
 * One step of the process chain: its categories as the agreement places them (a click narrows the
 * actors to that category) and the actors working in it, each a link to its page.
 */
export function FieldCard({ field }: { field: ActionFieldRef }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(FIELD_ACTORS, {
    variables: { actionFieldId: field.id, categoryIds: categoryId ? [categoryId] : null, first: SHOWN },
  });
  const actors = (data ?? previousData)?.actors;
  const headingId = `feld-${field.id}-titel`;
  const category = field.categories.find((c) => c.id === categoryId);

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      radius="md"
      id={`feld-${field.id}`}
      aria-labelledby={headingId}
      style={{ listStyle: 'none' }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Badge size="lg" circle variant="filled" aria-hidden style={{ flexShrink: 0 }}>
            {field.position}
          </Badge>
          <Title order={2} size="h4" id={headingId} style={{ hyphens: 'auto', overflowWrap: 'anywhere' }}>
            <span className="visually-hidden-inline">
              {t('processChain.step', { position: field.position })}{' '}
            </span>
            {fieldName(field)}
          </Title>
        </Group>
        <div>
          <Text size="xs" fw={650} c="dimmed" tt="uppercase" mb={4}>
            {t('processChain.categories')}
          </Text>
          <Group
            gap={6}
            role="group"
            aria-label={t('processChain.filterByCategory', { field: fieldName(field) })}
          >
            {field.categories.map((c) => {
              const active = c.id === categoryId;
              return (
                <Button
                  key={c.id}
                  size="compact-xs"
                  radius="xl"
                  variant={active ? 'filled' : 'light'}
                  aria-pressed={active}
                  onClick={() => setCategoryId(active ? null : c.id)}
                  styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                  h="auto"
                  py={3}
                >
                  {categoryName(c)}
                </Button>
              );
            })}
          </Group>
        </div>
        <div aria-live="polite">
          <Group justify="space-between" mb={4}>
            <Text size="xs" fw={650} c="dimmed" tt="uppercase">
              {category
                ? t('processChain.actorsOfCategory', { category: categoryName(category) })
                : t('processChain.actors')}
            </Text>
            {loading ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
          </Group>
          {error && !actors ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {actors && actors.edges.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('processChain.noActors')}
            </Text>
          ) : null}
          {actors ? (
            <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {actors.edges.map(({ node }) => (
                <li key={node.id}>
                  <Anchor component={Link} to={paths.actor(node.id)} size="sm">
                    {node.name}
                  </Anchor>
                </li>
              ))}
            </Stack>
          ) : null}
          {actors && actors.totalCount > actors.edges.length ? (
            <Anchor
              component={Link}
              to={actorDirectoryPath({
                actionFieldIds: [field.id],
                categoryIds: categoryId ? [categoryId] : [],
              })}
              size="sm"
              fw={600}
              mt={6}
              display="inline-block"
            >
              {t('processChain.allActors', {
                count: actors.totalCount,
                formatted: formatNumber(actors.totalCount),
              })}
            </Anchor>
          ) : null}
        </div>
        <ShowInGraphLink id={field.id} name={fieldName(field)} variant="link" />
      </Stack>
    </Paper>
  );
}
