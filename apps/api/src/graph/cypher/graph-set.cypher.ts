import { DIMENSIONS } from './graph-fragments.js';
import type { GraphType } from '../graph.types.js';

/** Which filter lists a graphSet request gives (their values travel as parameters). */
export interface SetFilterShape {
  field: boolean;
  category: boolean;
  region: boolean;
  regionalOnly: boolean;
  status: boolean;
}

const STATUS_TYPES: readonly GraphType[] = ['Challenge', 'SolutionApproach', 'Guideline'];

type DimensionName = keyof typeof DIMENSIONS;
const PARAMS: Record<DimensionName, string> = {
  field: '$fieldKeys',
  category: '$categoryKeys',
  region: '$regionKeys',
};

/** Whether nodes of `type` can match a filter on the dimension at all. */
function carries(type: GraphType, dimension: DimensionName): boolean {
  return DIMENSIONS[dimension].self === type || DIMENSIONS[dimension].paths[type] !== undefined;
}

/** The kinds a filter can match: each given list must be one the kind carries. */
export function matchingTypes(types: readonly GraphType[], shape: SetFilterShape): GraphType[] {
  return types.filter(
    (type) =>
      (!shape.field || carries(type, 'field')) &&
      (!shape.category || carries(type, 'category')) &&
      (!shape.region || carries(type, 'region')) &&
      (!shape.status || STATUS_TYPES.includes(type)),
  );
}

function condition(type: GraphType, dimension: DimensionName, shape: SetFilterShape): string {
  const keys = PARAMS[dimension];
  if (DIMENSIONS[dimension].self === type) return `n.key IN ${keys}`;
  const path = DIMENSIONS[dimension].paths[type]!('n');
  const linked = `EXISTS { MATCH ${path} WHERE k.key IN ${keys} }`;
  // A statewide actor works in every region, as the actor directory counts it.
  if (dimension === 'region' && type === 'Actor' && !shape.regionalOnly)
    return `(n.statewide = true OR ${linked})`;
  return linked;
}

/**
 * One UNION branch per kind, each returning the matching nodes as `n`. A branch starts from the
 * reference nodes of its field or category filter when there is one (a few hundred to a few thousand
 * actors instead of all of them) and tests the other lists on the candidates.
 */
export function graphSetBranches(types: readonly GraphType[], shape: SetFilterShape): string {
  return types
    .map((type) => {
      const given = (['field', 'category', 'region'] as const).filter((d) => shape[d]);
      const anchor = given.find((d) => DIMENSIONS[d].paths[type] && !(d === 'region' && !shape.regionalOnly));
      const conditions = given.filter((d) => d !== anchor).map((d) => condition(type, d, shape));
      if (shape.status) conditions.push('n.status IN $statuses');
      const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
      if (!anchor) return `MATCH (n:${type}) ${where} RETURN n`;
      const path = DIMENSIONS[anchor].paths[type]!('n');
      return `MATCH ${path} WHERE k.key IN ${PARAMS[anchor]} WITH DISTINCT n ${where} RETURN n`;
    })
    .join(' UNION ');
}
