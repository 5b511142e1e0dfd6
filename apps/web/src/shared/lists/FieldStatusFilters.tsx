import { Group, MultiSelect, TextInput } from '@mantine/core';
import type { Option } from '../forms/useSearchOptions';
import { FilterPanel } from './FilterPanel';
import type { FieldStatusFilter } from './useListFilter';

interface FieldStatusFiltersProps<S extends string> {
  filter: FieldStatusFilter<S>;
  labels: { panel: string; text: string; field: string; status: string };
  fieldOptions: Option[];
  statusOptions: { value: S; label: string }[];
}

/** The filter panel of the challenge and solution lists: text, action fields and statuses side by side. */
export function FieldStatusFilters<S extends string>({
  filter,
  labels,
  fieldOptions,
  statusOptions,
}: FieldStatusFiltersProps<S>) {
  return (
    <FilterPanel label={labels.panel}>
      <Group grow align="flex-start" wrap="wrap">
        <TextInput
          label={labels.text}
          type="search"
          value={filter.text}
          onChange={(e) => filter.setText(e.currentTarget.value)}
          miw={200}
        />
        <MultiSelect
          label={labels.field}
          data={fieldOptions}
          value={filter.fieldIds}
          onChange={filter.setFieldIds}
          clearable
          miw={200}
        />
        <MultiSelect
          label={labels.status}
          data={statusOptions}
          value={filter.statuses}
          onChange={(value) => filter.setStatuses(value as S[])}
          clearable
          miw={200}
        />
      </Group>
    </FilterPanel>
  );
}
