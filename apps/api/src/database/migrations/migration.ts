/** A schema change applied once per database, in version order, and recorded as a (:Migration) node. */
export interface Migration {
  version: number;
  name: string;
  /** Schema statements (constraints, indexes); each must be idempotent (IF NOT EXISTS). */
  statements: string[];
}
