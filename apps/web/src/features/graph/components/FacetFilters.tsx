import { MultiSelect, Stack, Text } from '@mantine/core';
import { useActionFieldOptions, useCategoryOptions, useReferenceData } from '../../reference';
import type { FacetFilter } from '../model/explorer';
import { useGraphTexts } from '../hooks/useGraphTexts';

const STATUSES = [
  'open',
  'in_progress',
  'addressed',
  'closed',
  'proposed',
  'piloting',
  'established',
  'discontinued',
  'draft',
  'review',
  'published',
];

interface FacetFiltersProps {
  facets: FacetFilter;
  onChange: (facets: FacetFilter) => void;
}

/** Narrow the view by action field, actor category, region and status (each a step that undo takes back). */
export function FacetFilters({ facets, onChange }: FacetFiltersProps) {
  const { t, statusName } = useGraphTexts();
  const fields = useActionFieldOptions();
  const categories = useCategoryOptions();
  const { reference } = useReferenceData();
  const regions = [...(reference?.regions ?? [])]
    .map((region) => ({ value: region.id, label: region.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));
  const set = (key: keyof FacetFilter) => (value: string[]) => onChange({ ...facets, [key]: value });
  return (
    <Stack gap={6}>
      <Text size="xs">{t('graph.filter.hint')}</Text>
      <MultiSelect
        size="xs"
        label={t('graph.filter.fields')}
        data={fields}
        value={[...facets.fieldIds]}
        onChange={set('fieldIds')}
        clearable
        searchable
      />
      <MultiSelect
        size="xs"
        label={t('graph.filter.categories')}
        data={categories}
        value={[...facets.categoryIds]}
        onChange={set('categoryIds')}
        clearable
        searchable
      />
      <MultiSelect
        size="xs"
        label={t('graph.filter.regions')}
        data={regions}
        value={[...facets.regionIds]}
        onChange={set('regionIds')}
        clearable
        searchable
      />
      <MultiSelect
        size="xs"
        label={t('graph.filter.statuses')}
        data={STATUSES.map((status) => ({ value: status, label: statusName(status) }))}
        value={[...facets.statuses]}
        onChange={set('statuses')}
        clearable
      />
    </Stack>
  );
}
