import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../selection/selected-fields.js';

/**
 * Whether the client asked for `totalCount` on the connection being resolved (also under an alias or
 * in a fragment, and not left out by `@skip`/`@include`). Counting is the most expensive part of a
 * filtered page, so lists count only when someone reads the number.
 */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return selectedFields(info).has('totalCount');
}

/**
 * Resolver parameter: true when the connection's `totalCount` is selected. Pass it down as `withCount`;
 * a connection built without counting has `totalCount: null`, which is never read.
 */
export const TotalCountSelected = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  selectsTotalCount(GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>()),
);
