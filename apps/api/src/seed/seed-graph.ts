/**
 * The node labels and relationships seeds write, as in ARCHITECTURE.md. Labels and types come only from
 * these tables (never from input), so they can be written into Cypher text.
 */
export const SEED_NODE_LABELS = ['Actor', 'Person', 'Challenge', 'SolutionApproach', 'GoodPractice'] as const;
export type SeedNodeLabel = (typeof SEED_NODE_LABELS)[number];

export interface SeedLinkSpec {
  type: string;
  from: SeedNodeLabel;
  to: string;
  /** Reference data is addressed by its natural key, everything else by id. */
  toBy: 'id' | 'key';
}

export const SEED_LINKS = {
  IN_CATEGORY: { type: 'IN_CATEGORY', from: 'Actor', to: 'ActorCategory', toBy: 'key' },
  WORKS_IN: { type: 'WORKS_IN', from: 'Actor', to: 'ActionField', toBy: 'key' },
  ACTIVE_IN: { type: 'ACTIVE_IN', from: 'Actor', to: 'Region', toBy: 'key' },
  WORKS_FOR: { type: 'WORKS_FOR', from: 'Person', to: 'Actor', toBy: 'id' },
  IN_FIELD: { type: 'IN_FIELD', from: 'Challenge', to: 'ActionField', toBy: 'key' },
  ADDRESSES: { type: 'ADDRESSES', from: 'SolutionApproach', to: 'Challenge', toBy: 'id' },
  CARRIES: { type: 'CARRIES', from: 'Actor', to: 'SolutionApproach', toBy: 'id' },
  EVIDENCES: { type: 'EVIDENCES', from: 'GoodPractice', to: 'SolutionApproach', toBy: 'id' },
  PRACTISED_BY: { type: 'PRACTISED_BY', from: 'GoodPractice', to: 'Actor', toBy: 'id' },
} as const satisfies Record<string, SeedLinkSpec>;
export type SeedLinkType = keyof typeof SEED_LINKS;

/** One node to write: its id and its own properties (audit fields are added by the statement). */
export interface SeedNodeRow {
  id: string;
  props: Record<string, unknown>;
}

/** One relationship to write: the ids (or reference keys) of both ends and its properties. */
export interface SeedLinkRow {
  from: string;
  to: string;
  props?: Record<string, unknown>;
}

/** Everything a seed writes: node rows per label, relationship rows per type. */
export interface SeedDataset {
  nodes: Record<SeedNodeLabel, SeedNodeRow[]>;
  links: Record<SeedLinkType, SeedLinkRow[]>;
}
