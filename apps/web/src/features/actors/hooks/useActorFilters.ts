import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

export interface ActorFilters {
  text: string;
  actionFieldIds: string[];
  categoryIds: string[];
  regionIds: string[];
  /** With regions: leave out the statewide actors that are not linked to one of them. */
  regionalOnly: boolean;
  statewide: boolean;
}

const PARAMS = {
  text: 'q',
  actionFieldIds: 'feld',
  categoryIds: 'kategorie',
  regionIds: 'region',
  regionalOnly: 'nur-regional',
  statewide: 'landesweit',
} as const;

/**
 * The directory's filters live in the address (?feld=…&region=…&q=…), so a filtered list can be
 * bookmarked, shared, and linked to from the start page and the process chain.
 */
export function useActorFilters() {
  const [params, setParams] = useSearchParams();
  const filters: ActorFilters = {
    text: params.get(PARAMS.text) ?? '',
    actionFieldIds: params.getAll(PARAMS.actionFieldIds),
    categoryIds: params.getAll(PARAMS.categoryIds),
    regionIds: params.getAll(PARAMS.regionIds),
    regionalOnly: params.get(PARAMS.regionalOnly) === '1',
    statewide: params.get(PARAMS.statewide) === '1',
  };

  const update = (change: Partial<ActorFilters>) => {
    const next = { ...filters, ...change };
    const search = new URLSearchParams();
    if (next.text) search.set(PARAMS.text, next.text);
    for (const id of next.actionFieldIds) search.append(PARAMS.actionFieldIds, id);
    for (const id of next.categoryIds) search.append(PARAMS.categoryIds, id);
    for (const id of next.regionIds) search.append(PARAMS.regionIds, id);
    if (next.regionalOnly) search.set(PARAMS.regionalOnly, '1');
    if (next.statewide) search.set(PARAMS.statewide, '1');
    setParams(search, { replace: true });
  };

  const [debouncedText] = useDebouncedValue(filters.text.trim(), 250);
  const key = params.toString();
  const apiFilter = useMemo(
    () => ({
      text: debouncedText || null,
      actionFieldIds: filters.actionFieldIds.length ? filters.actionFieldIds : null,
      categoryIds: filters.categoryIds.length ? filters.categoryIds : null,
      regionIds: filters.regionIds.length ? filters.regionIds : null,
      // A statewide actor works in every region and is listed under each, unless only regional ones are asked for.
      regionalOnly: filters.regionIds.length && filters.regionalOnly ? true : null,
      statewide: filters.statewide ? true : null,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [debouncedText, key],
  );

  return { filters, update, apiFilter, active: key !== '' };
}

export function actorDirectoryPath(filters: Partial<ActorFilters>): string {
  const search = new URLSearchParams();
  for (const id of filters.actionFieldIds ?? []) search.append(PARAMS.actionFieldIds, id);
  for (const id of filters.categoryIds ?? []) search.append(PARAMS.categoryIds, id);
  for (const id of filters.regionIds ?? []) search.append(PARAMS.regionIds, id);
  if (filters.regionalOnly) search.set(PARAMS.regionalOnly, '1');
  if (filters.statewide) search.set(PARAMS.statewide, '1');
  if (filters.text) search.set(PARAMS.text, filters.text);
  const query = search.toString();
  return query ? `/akteure?${query}` : '/akteure';
}
