import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isNode, isRelationship } from 'neo4j-driver';

/**
 * Turns driver values into plain data at the repository edge: temporal values become ISO strings,
 * integers numbers, nodes and relationships their properties. No driver type leaves a repository.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  // Strings, numbers and booleans are most of what comes back: no driver type to test them for.
  if (typeof value !== 'object') return value;
  if (isInt(value as object)) return (value as { toNumber(): number }).toNumber();
  if (isDateTime(value as object))
    return new Date((value as { toString(): string }).toString()).toISOString();
  if (isDate(value as object) || isLocalDateTime(value as object) || isDuration(value as object)) {
    return (value as { toString(): string }).toString();
  }
  if (isNode(value as object) || isRelationship(value as object)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  // Lists and maps of a result are fresh objects of that result alone, so they are converted in place:
  // no copy of every row (a nested list of a few hundred rows is thousands of objects).
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = toPlain(value[index]);
    return value;
  }
  const map = value as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    const inner = map[key];
    if (inner === undefined || (inner !== null && typeof inner === 'object')) map[key] = toPlain(inner);
  }
  return map;
}

/** Maps every record of a result through `toPlain`, taking one column by name. */
export function column<T>(records: { get(key: string): unknown }[], key: string): T[] {
  return records.map((record) => toPlain(record.get(key)) as T);
}

export function single<T>(records: { get(key: string): unknown }[], key: string): T | null {
  return records.length === 0 ? null : (toPlain(records[0].get(key)) as T);
}
