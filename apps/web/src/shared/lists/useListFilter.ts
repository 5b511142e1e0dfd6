import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';

/**
 * A list's free-text filter: `text` follows the input, `apiFilter` follows it 250 ms later (so the list is not
 * queried on every keystroke) and stays the same object until it changes, so it can reset paging.
 */
export function useTextFilter() {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const apiFilter = useMemo(() => ({ text: debounced || null }), [debounced]);
  return { text, setText, apiFilter };
}

/** Free text plus action fields plus statuses, the filter of the challenge and solution lists. */
export function useFieldStatusFilter<S extends string>() {
  const { text, setText, apiFilter: textFilter } = useTextFilter();
  const [fieldIds, setFieldIds] = useState<string[]>([]);
  const [statuses, setStatuses] = useState<S[]>([]);
  const apiFilter = useMemo(
    () => ({
      ...textFilter,
      actionFieldIds: fieldIds.length ? fieldIds : null,
      status: statuses.length ? statuses : null,
    }),
    [textFilter, fieldIds, statuses],
  );
  return { text, setText, fieldIds, setFieldIds, statuses, setStatuses, apiFilter };
}

export type FieldStatusFilter<S extends string> = ReturnType<typeof useFieldStatusFilter<S>>;
