import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { REQUEST_REFUSALS, type Refusal } from '@netzwerkstatt/domain';

function tooComplex({ reason, message }: Refusal): GraphQLError {
  return new GraphQLError(message.de, {
    extensions: { code: 'BAD_USER_INPUT', reason, messages: message, http: { status: 400 } },
  });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, 1 + depthOf((selection as FieldNode).selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      max = Math.max(max, depthOf(fragments[name].selectionSet, fragments, new Set(seen).add(name)));
    }
  }
  return max;
}

/** Rejects operations nested deeper than `maxDepth` fields (introspection fields excluded). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(tooComplex(REQUEST_REFUSALS.tooDeep(depth, maxDepth)));
        }
      },
    };
  };
}

/** Rejects documents with more than `maxAliases` aliased fields (alias batching amplifies cost). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > maxAliases) {
            context.reportError(tooComplex(REQUEST_REFUSALS.tooManyAliases(aliases, maxAliases)));
          }
        },
      },
    };
  };
}

/**
 * Estimates the cost before execution: each field costs 1, and a list field multiplies its children by
 * its `first` argument (or the default page size) through `complexity` field extensions.
 */
export function costLimitPlugin(getSchema: () => GraphQLSchema, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema: getSchema(),
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables of the wrong type fail here, before execution would report them: still bad input.
            if (!(error instanceof GraphQLError)) throw error;
            throw new GraphQLError(error.message, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw tooComplex(REQUEST_REFUSALS.tooExpensive(cost, maxCost));
          }
        },
      };
    },
  };
}

/** Complexity of a connection field: its children times the requested page size. */
export function connectionComplexity({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>;
  childComplexity: number;
}) {
  const first = typeof args.first === 'number' ? args.first : 20;
  return 1 + childComplexity * Math.max(1, first);
}
