import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { WRITE_REASONS } from '@netzwerkstatt/domain';

/**
 * The record as it is stored now, sent with a CONFLICT (reason STALE_REVISION) when someone else saved
 * it after this person loaded it. `values` has the keys of the update input (id lists sorted).
 */
export interface StaleRevision {
  revision: number;
  updatedAt: string;
  updatedByName: string | null;
  values: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The stored state from a "someone else saved in between" answer, or undefined for any other error. */
export function readStaleRevision(error: unknown): StaleRevision | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  for (const { extensions } of error.errors) {
    if (!isRecord(extensions) || extensions.code !== 'CONFLICT') continue;
    if (extensions.reason !== WRITE_REASONS.STALE_REVISION) continue;
    const current = extensions.current;
    if (!isRecord(current) || typeof current.revision !== 'number' || !isRecord(current.values)) continue;
    return {
      revision: current.revision,
      updatedAt: typeof current.updatedAt === 'string' ? current.updatedAt : '',
      updatedByName: typeof current.updatedByName === 'string' ? current.updatedByName : null,
      values: current.values,
    };
  }
  return undefined;
}

/** Values compared as stored: no difference between undefined and null, id lists in any order. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (value: unknown): unknown =>
    value === undefined ? null : Array.isArray(value) ? [...value].map(String).sort() : value;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}
