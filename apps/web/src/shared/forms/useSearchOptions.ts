import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';

export interface Option {
  value: string;
  label: string;
}

/**
 * The options of a searchable select, fetched as the person types (debounced). The previous answer stays
 * while the next loads, and every label seen is remembered so chosen options stay listed (`withSelected`)
 * after the search text has moved on.
 */
export function useSearchOptions<Q>(
  query: TypedDocumentNode<Q, { text?: string | null }>,
  toOptions: (data: Q) => Option[],
  { skip = false }: { skip?: boolean } = {},
) {
  const [search, setSearch] = useState('');
  const [text] = useDebouncedValue(search.trim(), 250);
  const result = useQuery(query, { variables: { text: text || null }, skip });
  const answer = result.data ?? result.previousData;
  const options = answer ? toOptions(answer) : [];
  const [known, setKnown] = useState<Record<string, string>>({});
  useEffect(() => {
    setKnown((current) => ({ ...current, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result.data]);
  const withSelected = (selected: string[]): Option[] => [
    ...options,
    ...selected
      .filter((value) => !options.some((o) => o.value === value))
      .map((value) => ({ value, label: known[value] ?? value })),
  ];
  return { search, setSearch, options, withSelected };
}
