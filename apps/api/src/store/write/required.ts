/** A row the same transaction has just written or matched: its absence is a bug, not a user error. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} vanished inside its own transaction`);
  return value;
}
