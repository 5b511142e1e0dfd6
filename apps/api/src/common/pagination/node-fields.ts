import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectionTree } from '../selection/selected-fields.js';

/** The fields selected on a connection's nodes (`edges { node { … } }`, under any alias). */
export function selectedNodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const edges of selectionTree(info).children.values()) {
    if (edges.name !== 'edges') continue;
    for (const node of edges.tree.children.values()) {
      if (node.name === 'node') for (const field of node.tree.fields) fields.add(field);
    }
  }
  return fields;
}

/** Resolver parameter: the fields selected on the connection's nodes, so a page fetches only those. */
export const NodeFieldsSelected = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  selectedNodeFields(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>()),
);
