import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { SEARCHABLE_TYPES } from '@netzwerkstatt/domain';
import type { SearchQuery } from '../../../graphql/generated/graphql';
import { SEARCH } from '../graphql/search';

export type SearchHit = SearchQuery['search'][number];

/** The order in which result groups are shown: the kinds the server searches, in its order. */
export const TYPE_ORDER: readonly string[] = SEARCHABLE_TYPES;

/** Searches as you type (debounced), grouped by kind of thing in a fixed order. */
export function useSearch(text: string, first = 30) {
  const [debounced] = useDebouncedValue(text.trim(), 200);
  const result = useQuery(SEARCH, { variables: { text: debounced, first }, skip: debounced.length < 2 });
  const hits = debounced.length < 2 ? [] : ((result.data ?? result.previousData)?.search ?? []);
  const groups = TYPE_ORDER.map((type) => ({ type, hits: hits.filter((hit) => hit.type === type) })).filter(
    (group) => group.hits.length > 0,
  );
  return { ...result, hits, groups, searched: debounced.length >= 2, pending: text.trim() !== debounced };
}
