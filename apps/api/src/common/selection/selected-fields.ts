import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FieldNode,
  type FragmentSpreadNode,
  type GraphQLResolveInfo,
  type InlineFragmentNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * What a client selected on the value of a field: the names of the fields (`fields`) and, per response
 * key (the alias, or the name), each field with what was selected below it (`children`). Fragments and
 * inline fragments are merged in; fields left out by `@skip`/`@include` are not there.
 */
export interface SelectionTree {
  fields: ReadonlySet<string>;
  children: ReadonlyMap<string, { name: string; tree: SelectionTree }>;
}

/** The selection below the field being resolved. */
export function selectionTree(info: GraphQLResolveInfo): SelectionTree {
  // Every row of a list resolves its nested fields with the same `fieldNodes` (graphql-js collects them
  // once per execution), so a page of 500 walks the selection once.
  const known = trees.get(info.fieldNodes);
  if (known) return known;
  const tree = build(
    info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])),
    info,
  );
  trees.set(info.fieldNodes, tree);
  return tree;
}

/** The names of the fields selected on the value of the field being resolved. */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  return selectionTree(info).fields;
}

/** A stable text for a selection, e.g. to keep one batch loader per distinct selection. */
export function selectionKey(tree: SelectionTree): string {
  const children = [...tree.children]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, child]) => `${key}:${child.name}(${selectionKey(child.tree)})`);
  return [...[...tree.fields].sort(), ...children].join(',');
}

const trees = new WeakMap<readonly FieldNode[], SelectionTree>();

function build(sets: SelectionSetNode[], info: GraphQLResolveInfo): SelectionTree {
  const fields = new Set<string>();
  const grouped = new Map<string, { name: string; sets: SelectionSetNode[] }>();
  for (const set of sets) collect(set, info, new Set(), fields, grouped);
  const children = new Map<string, { name: string; tree: SelectionTree }>();
  for (const [key, { name, sets: below }] of grouped) {
    if (below.length > 0) children.set(key, { name, tree: build(below, info) });
  }
  return { fields, children };
}

function collect(
  set: SelectionSetNode,
  info: GraphQLResolveInfo,
  seen: Set<string>,
  fields: Set<string>,
  grouped: Map<string, { name: string; sets: SelectionSetNode[] }>,
): void {
  for (const selection of set.selections) {
    if (!included(selection, info.variableValues)) continue;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      fields.add(name);
      const key = selection.alias?.value ?? name;
      const group = grouped.get(key) ?? { name, sets: [] };
      if (selection.selectionSet) group.sets.push(selection.selectionSet);
      grouped.set(key, group);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, info, seen, fields, grouped);
    } else {
      const name = selection.name.value;
      const fragment = info.fragments[name];
      if (fragment && !seen.has(name)) {
        collect(fragment.selectionSet, info, new Set(seen).add(name), fields, grouped);
      }
    }
  }
}

function included(
  node: FieldNode | FragmentSpreadNode | InlineFragmentNode,
  variables: Record<string, unknown>,
): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
