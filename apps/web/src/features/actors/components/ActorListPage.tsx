import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterPanel } from '../../../shared/lists/FilterPanel';
import { ListPageHeader } from '../../../shared/lists/ListPageHeader';
import { ListCount, ListResults } from '../../../shared/lists/ListResults';
import { Pager } from '../../../shared/lists/Pager';
import { usePagedList } from '../../../shared/lists/usePagedList';
import { formatNumber } from '../../../shared/format';
import {
  useActionFieldOptions,
  useCategoryName,
  useCategoryOptions,
  useFieldName,
  useReferenceData,
} from '../../reference/hooks/useReferenceData';
import { ACTORS } from '../graphql/actors';
import { useActorFilters } from '../hooks/useActorFilters';
import { ExportActorsButton } from '../../exports/components/ExportButtons';

const PAGE_SIZE = 20;

export function ActorListPage() {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const categoryName = useCategoryName();
  const categoryOptions = useCategoryOptions();
  const { reference } = useReferenceData();
  const fieldOptions = useActionFieldOptions();
  const { filters, update, apiFilter, active } = useActorFilters();
  const paging = usePagedList([apiFilter]);

  const { data, previousData, loading, error, refetch } = useQuery(ACTORS, {
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      filter: apiFilter,
      orderBy: { field: 'NAME', direction: 'ASC' },
    },
  });
  const connection = (data ?? previousData)?.actors;

  return (
    <>
      <ListPageHeader
        title={t('actors.title')}
        description={t('actors.intro')}
        exportButton={<ExportActorsButton filter={apiFilter} />}
        createPath="/akteure/neu"
        createLabel={t('actors.create')}
      />
      <FilterPanel label={t('actors.filters.label')}>
        <Stack gap="sm">
          <TextInput
            label={t('actors.filters.text')}
            placeholder={t('actors.filters.textPlaceholder')}
            value={filters.text}
            onChange={(event) => update({ text: event.currentTarget.value })}
            type="search"
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <MultiSelect
              label={t('actors.filters.actionField')}
              data={fieldOptions}
              value={filters.actionFieldIds}
              onChange={(actionFieldIds) => update({ actionFieldIds })}
              clearable
              searchable
            />
            <MultiSelect
              label={t('actors.filters.category')}
              data={categoryOptions}
              value={filters.categoryIds}
              onChange={(categoryIds) => update({ categoryIds })}
              clearable
              searchable
            />
            <Stack gap={6}>
              <MultiSelect
                label={t('actors.filters.region')}
                data={(reference?.regions ?? []).map((region) => ({ value: region.id, label: region.name }))}
                value={filters.regionIds}
                onChange={(regionIds) => update({ regionIds })}
                clearable
                searchable
              />
              <Checkbox
                label={t('actors.filters.regionalOnly')}
                description={t('actors.filters.regionalOnlyHint')}
                checked={filters.regionalOnly}
                disabled={filters.regionIds.length === 0}
                onChange={(event) => update({ regionalOnly: event.currentTarget.checked })}
              />
            </Stack>
          </SimpleGrid>
          <Group justify="space-between">
            <Checkbox
              label={t('actors.filters.statewide')}
              checked={filters.statewide}
              onChange={(event) => update({ statewide: event.currentTarget.checked })}
            />
            {active ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={() =>
                  update({
                    text: '',
                    actionFieldIds: [],
                    categoryIds: [],
                    regionIds: [],
                    regionalOnly: false,
                    statewide: false,
                  })
                }
              >
                {t('actors.filters.reset')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </FilterPanel>

      <ListResults connection={connection} loading={loading} error={error} refetch={refetch}>
        {(connection) => (
          <>
            <ListCount>
              {t('actors.count', {
                count: connection.totalCount,
                formatted: formatNumber(connection.totalCount),
              })}
            </ListCount>
            <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }} aria-busy={loading}>
              {connection.edges.map(({ node }) => (
                <Paper key={node.id} component="li" withBorder p="md">
                  <Anchor component={Link} to={`/akteure/${node.id}`} fw={600} fz="lg">
                    {node.name}
                  </Anchor>
                  {node.categories.length > 0 ? (
                    <Group gap={6} mt={6}>
                      {node.categories.map((category) => (
                        <Badge key={category.id} variant="light" color="brand" size="sm" tt="none">
                          {categoryName(category)}
                        </Badge>
                      ))}
                    </Group>
                  ) : null}
                  <Text size="sm" c="dimmed" mt={6}>
                    {[
                      node.actionFields.map((field) => fieldName(field)).join(' · '),
                      node.statewide
                        ? t('actors.statewide')
                        : node.regions.map((region) => region.name).join(', '),
                    ]
                      .filter(Boolean)
                      .join(' — ')}
                  </Text>
                </Paper>
              ))}
            </Stack>
            {connection.edges.length === 0 ? <Text mt="md">{t('actors.empty')}</Text> : null}
            <Pager paging={paging} pageInfo={connection.pageInfo} />
          </>
        )}
      </ListResults>
    </>
  );
}
