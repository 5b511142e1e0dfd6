import { Injectable } from '@nestjs/common';
import type { SelectionTree } from '../../common/selection/selected-fields.js';
import { Neo4jService } from '../../database/neo4j.service.js';
import { toPlain } from '../../database/records.js';
import { unpackPrefetched } from './prefetch.js';
import { nestedList } from '../projections/projections.repository.js';
import { RELATIONS, type OwnerKind } from './relation-specs.js';

/**
 * The linked lists of many nodes at once, one statement per list field: what the per-request loaders
 * call for a page of results. Each list comes back sorted by title or name (German order), each node
 * with the fields `tree` selects and the nested lists selected below it (see projections.repository.ts).
 */
@Injectable()
export class RelationsRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  async lists<T>(
    ids: readonly string[],
    owner: OwnerKind,
    field: string,
    tree: SelectionTree,
  ): Promise<Map<string, T[]>> {
    const spec = RELATIONS[owner][field];
    if (!spec) throw new Error(`no nested list ${owner}.${field}`);
    const result = await this.neo4j.readQuery(
      `UNWIND $ids AS id
       MATCH (n:${owner} {id: id})
       RETURN id, ${nestedList({ spec, tree, reference: false }, 'n', 0)} AS items`,
      { ids },
    );
    return new Map(
      result.records.map((record) => {
        const items = toPlain(record.get('items')) as Record<string, unknown>[];
        unpackPrefetched(spec.target, tree, items);
        return [record.get('id') as string, items as T[]];
      }),
    );
  }
}
