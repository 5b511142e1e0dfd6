import type { SelectionTree } from '../../common/selection/selected-fields.js';
import { ACTOR_RELATION_LIST } from '../relations/actor-relations.js';
import {
  REFERENCE_RELATIONS,
  RELATIONS,
  type ListedKind,
  type OwnerKind,
  type RelationSpec,
} from '../relations/relation-specs.js';

/**
 * Map projections of the nodes this part of the graph lists, as Cypher fragments for a node bound to
 * `alias`. Every repository that returns these kinds projects them the same way, so a record looks
 * alike whichever query fetched it. Temporal values become ISO strings through `toPlain`.
 *
 * Given `fields` (the GraphQL fields a client selected, see `selectedFields`), a projection holds only
 * those of its entries, plus `id`, which every nested resolver keys on. The batched nested lists use
 * that: a response that shows titles does not fetch, decode and convert descriptions and timestamps
 * for hundreds of rows. Field names only pick entries of the tables below; they never reach Cypher.
 * Nested lists the response selects below them come along in the same statement (`nestedList`).
 */
type Entries = Record<string, (alias: string) => string>;

const AUDIT: Entries = {
  // Nodes written before revisions existed count as their first revision.
  revision: (alias) => `revision: coalesce(${alias}.revision, 1)`,
  createdAt: () => '.createdAt',
  updatedAt: () => '.updatedAt',
  createdBy: () => '.createdBy',
  updatedBy: () => '.updatedBy',
};

/** `actionField` resolves from the id of the field the node is in. */
const inField = (alias: string) =>
  `actionFieldId: COLLECT { MATCH (${alias})-[:IN_FIELD]->(f:ActionField) RETURN f.id }[0]`;

const CHALLENGE: Entries = {
  id: () => '.id',
  title: () => '.title',
  description: () => '.description',
  status: () => '.status',
  priority: () => '.priority',
  ...AUDIT,
  actionField: inField,
};

const SOLUTION: Entries = {
  id: () => '.id',
  title: () => '.title',
  description: () => '.description',
  status: () => '.status',
  // Approaches from before progress was recorded count as not started.
  progress: (alias) => `progress: coalesce(${alias}.progress, 0)`,
  ...AUDIT,
};

const GOOD_PRACTICE: Entries = {
  id: () => '.id',
  title: () => '.title',
  description: () => '.description',
  url: () => '.url',
  year: () => '.year',
  ...AUDIT,
};

const GUIDELINE: Entries = {
  id: () => '.id',
  title: () => '.title',
  status: () => '.status',
  version: () => '.version',
  ...AUDIT,
  actionField: inField,
};

const ACTOR: Entries = {
  id: () => '.id',
  name: () => '.name',
  description: () => '.description',
  website: () => '.website',
  email: () => '.email',
  statewide: (alias) => `statewide: coalesce(${alias}.statewide, false)`,
  ...AUDIT,
  // Only when selected: the ids of the linked reference nodes, which the actors module resolves from
  // its cached reference lists instead of a query per list field (see `linkedIdsOf`).
  ...Object.fromEntries(
    ACTOR_RELATION_LIST.map((spec): [string, (alias: string) => string] => [
      spec.graphqlField,
      (alias) =>
        `${spec.prefetchKey}: COLLECT { MATCH (${alias})-[:${spec.type}]->(t:${spec.label}) RETURN t.id }`,
    ]),
  ),
};

/** Entries a projection holds only when the client selected their field, never by default. */
const ONLY_WHEN_SELECTED: ReadonlySet<string> = new Set(ACTOR_RELATION_LIST.map((spec) => spec.graphqlField));

function project(
  entries: Entries,
  alias: string,
  fields?: ReadonlySet<string>,
  extra: string[] = [],
): string {
  const chosen = Object.keys(entries).filter((name) =>
    fields ? name === 'id' || fields.has(name) : !ONLY_WHEN_SELECTED.has(name),
  );
  return `${alias} { ${[...chosen.map((name) => entries[name](alias)), ...extra].join(', ')} }`;
}

const LISTED: Record<ListedKind, Entries> = {
  Challenge: CHALLENGE,
  SolutionApproach: SOLUTION,
  GoodPractice: GOOD_PRACTICE,
  Actor: ACTOR,
};

/** Where the i-th prefetched nested list sits in a projected node (see `unpackPrefetched`). */
export const prefetchSlot = (index: number) => `__${index}`;

export interface Prefetchable {
  responseKey: string;
  tree: SelectionTree;
  spec: RelationSpec<OwnerKind>;
  /** A list of shared reference nodes: only ids and what is nested below them come along. */
  reference: boolean;
}

/**
 * The selected nested lists of a node of this kind that come along with it, in slot order: those of
 * the relations table, and lists of reference nodes when something below them does.
 */
export function prefetchable(kind: OwnerKind, tree: SelectionTree): Prefetchable[] {
  const found: Prefetchable[] = [];
  for (const [responseKey, child] of tree.children) {
    const spec = RELATIONS[kind][child.name];
    if (spec) {
      found.push({ responseKey, tree: child.tree, spec, reference: false });
      continue;
    }
    const reference = kind === 'ActionField' ? undefined : REFERENCE_RELATIONS[kind]?.[child.name];
    if (reference && prefetchable(reference.target, child.tree).length > 0) {
      found.push({ responseKey, tree: child.tree, spec: reference, reference: true });
    }
  }
  return found;
}

/**
 * The list `spec` leads to from the node bound to `owner`, sorted by title or name (German order) and
 * each node projected as selected in `tree`, its own selected nested lists included, to any depth the
 * query has. So one statement answers `challenges { solutionApproaches { carriers } }` for a whole page
 * where a loader per level would need three. Variables are named by depth (`x0`, `x1`, …).
 */
export function nestedList(
  { spec, tree, reference }: Omit<Prefetchable, 'responseKey'>,
  owner: string,
  depth: number,
): string {
  const x = `x${depth}`;
  // Reference nodes keep the order of the kept reference lists; only their nested lists are projected.
  if (reference) {
    return `COLLECT { MATCH ${spec.pattern(owner, x)} RETURN ${x} { .id${nestedEntries(
      spec.target,
      x,
      tree,
      depth + 1,
    )
      .map((entry) => `, ${entry}`)
      .join('')} } }`;
  }
  return `COLLECT {
    MATCH ${spec.pattern(owner, x)}
    WITH DISTINCT ${x} ORDER BY coalesce(${x}.sortKey, ''), ${x}.id
    RETURN ${selectedProjection(spec.target as ListedKind, x, tree, depth + 1)}
  }`;
}

function nestedEntries(kind: OwnerKind, alias: string, tree: SelectionTree, depth: number): string[] {
  return prefetchable(kind, tree).map(
    (list, index) => `${prefetchSlot(index)}: ${nestedList(list, alias, depth)}`,
  );
}

/**
 * A node of `kind` bound to `alias` as `tree` selects it: its selected properties and its selected
 * nested lists (`nestedList`), which `unpackPrefetched` then files for their resolvers.
 */
export function selectedProjection(kind: ListedKind, alias: string, tree: SelectionTree, depth = 0): string {
  return project(LISTED[kind], alias, tree.fields, nestedEntries(kind, alias, tree, depth));
}

export const challengeProjection = (alias: string, fields?: ReadonlySet<string>) =>
  project(CHALLENGE, alias, fields);

export const solutionProjection = (alias: string, fields?: ReadonlySet<string>) =>
  project(SOLUTION, alias, fields);

export const goodPracticeProjection = (alias: string, fields?: ReadonlySet<string>) =>
  project(GOOD_PRACTICE, alias, fields);

export const guidelineProjection = (alias: string, fields?: ReadonlySet<string>) =>
  project(GUIDELINE, alias, fields);

export const actorProjection = (alias: string, fields?: ReadonlySet<string>) => project(ACTOR, alias, fields);
