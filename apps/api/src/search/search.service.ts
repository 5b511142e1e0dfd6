import { Injectable } from '@nestjs/common';
import {
  type EntityType,
  FIELD_LABELS,
  REFUSALS,
  SEARCHABLE_TYPES,
  badField,
  searchTerms,
  toLuceneQuery,
} from '@netzwerkstatt/domain';
import { SearchRepository } from './search.repository.js';
import { snippet } from './snippet.js';

export const SEARCH_LIMIT = { default: 20, max: 50 } as const;

export interface SearchHit {
  id: string;
  type: EntityType;
  title: string;
  snippet: string | null;
  score: number;
}

/** The one search box: every kind of thing in the graph, best matches first. */
@Injectable()
export class SearchService {
  constructor(private readonly repository: SearchRepository) {}

  async search(
    text: string,
    types: readonly EntityType[] | null | undefined,
    first: number | null | undefined,
  ): Promise<SearchHit[]> {
    const limit = searchLimit(first);
    const query = toLuceneQuery(text);
    if (!query) return [];
    const searchable: readonly EntityType[] = SEARCHABLE_TYPES;
    const kinds = (types?.length ? types : searchable).filter((type) => searchable.includes(type));
    if (kinds.length === 0) return [];
    const terms = searchTerms(text);
    const rows = await this.repository.search(query, [...new Set(kinds)], limit);
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      title: row.title,
      snippet: snippet(row.text, terms),
      score: row.score,
    }));
  }
}

function searchLimit(first: number | null | undefined): number {
  if (first === undefined || first === null) return SEARCH_LIMIT.default;
  if (!Number.isInteger(first) || first < 1 || first > SEARCH_LIMIT.max) {
    throw badField('first', REFUSALS.outOfRange(FIELD_LABELS.first, 1, SEARCH_LIMIT.max));
  }
  return first;
}
