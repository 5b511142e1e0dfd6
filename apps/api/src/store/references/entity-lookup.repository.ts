import {
  ENTITY_LABELS,
  ENTITY_TYPES,
  type EntityType,
  type FieldIssue,
  REASONS,
  REFUSALS,
  fieldIssue,
  isEntityType,
  refuse,
} from '@netzwerkstatt/domain';
import type { Tx } from '../../database/neo4j.service.js';

/** An id given in an input field that must name a node of a particular kind. */
export interface Reference {
  field: string;
  id: string;
  type: EntityType;
}

/**
 * Finds which domain node an id names using one index seek per label (ids are unique per label), instead
 * of a scan over every node. Labels come from ENTITY_TYPES, never from input.
 */
export const FIND_DOMAIN_NODE = ENTITY_TYPES.map((type) => `MATCH (n:${type} {id: id}) RETURN n`).join(
  ' UNION ALL ',
);

/**
 * Checks inside the caller's transaction that every referenced id names a node of the expected kind.
 * An unknown id is NOT_FOUND, an id of another kind BAD_USER_INPUT (WRONG_TYPE); both name the field.
 * The second query runs only when something is wrong.
 */
export async function assertReferences(tx: Tx, references: readonly Reference[]): Promise<void> {
  if (references.length === 0) return;
  const types = [...new Set(references.map((ref) => ref.type))];
  const params = Object.fromEntries(
    types.map((type, index) => [
      `ids${index}`,
      references.filter((ref) => ref.type === type).map((ref) => ref.id),
    ]),
  );
  const result = await tx.run(
    `RETURN ${types
      .map(
        (type, index) =>
          `[id IN $ids${index} WHERE NOT EXISTS { MATCH (:${type} {id: id}) }] AS missing${index}`,
      )
      .join(', ')}`,
    params,
  );
  // Keyed by type and id: the same id may rightly name a challenge in one field and wrongly an actor in another.
  const missing = new Set(
    types.flatMap((type, index) =>
      (result.records[0].get(`missing${index}`) as string[]).map((id) => `${type}:${id}`),
    ),
  );
  if (missing.size === 0) return;

  const actual = await typesOf(tx, [
    ...new Set(references.filter((ref) => missing.has(`${ref.type}:${ref.id}`)).map((ref) => ref.id)),
  ]);
  const issues: FieldIssue[] = [];
  let unknown = false;
  for (const ref of references) {
    if (!missing.has(`${ref.type}:${ref.id}`)) continue;
    const expected = ENTITY_LABELS[ref.type].singular;
    const found = actual.get(ref.id);
    if (found && found !== ref.type) {
      issues.push(fieldIssue(ref.field, REFUSALS.wrongType(ref.id, expected, ENTITY_LABELS[found].singular)));
    } else {
      unknown = true;
      issues.push(fieldIssue(ref.field, REFUSALS.notFound(expected, ref.id)));
    }
  }
  const first =
    issues.find((issue) => issue.reason === (unknown ? REASONS.NOT_FOUND : REASONS.WRONG_TYPE)) ?? issues[0];
  throw refuse(unknown ? 'NOT_FOUND' : 'BAD_USER_INPUT', first, issues);
}

/** The kind of node each id names, for ids that name a domain node at all. */
export async function typesOf(tx: Tx, ids: readonly string[]): Promise<Map<string, EntityType>> {
  const result = await tx.run(
    `UNWIND $ids AS id
     CALL (id) { ${FIND_DOMAIN_NODE} }
     RETURN id, [label IN labels(n) WHERE label IN $types][0] AS type`,
    { ids, types: ENTITY_TYPES },
  );
  const found = new Map<string, EntityType>();
  for (const record of result.records) {
    const type: unknown = record.get('type');
    if (isEntityType(type)) found.set(record.get('id') as string, type);
  }
  return found;
}
