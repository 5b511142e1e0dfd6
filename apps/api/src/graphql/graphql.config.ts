import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { join } from 'node:path';
import { AppConfig } from '../config/config.schema.js';
import { formatError } from '../common/errors/format-error.js';
import { servePrefetchedLists } from '../store/relations/prefetch.js';
import { GraphQLContext } from '../auth/request-user.js';
import { noStorePlugin } from './cache-headers.js';
import { aliasLimitRule, costLimitPlugin, depthLimitRule } from './query-limits.js';

/** Apollo Server settings: limits, CSRF prevention, and no stack traces or introspection in production. */
export function graphqlConfig(config: AppConfig, schemaHost: GraphQLSchemaHost): ApolloDriverConfig {
  const production = config.NODE_ENV === 'production';
  return {
    // The schema file is what the web app's typed operations are generated from.
    autoSchemaFile: production ? true : join(process.cwd(), 'apps/api/schema.graphql'),
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: [depthLimitRule(config.GRAPHQL_MAX_DEPTH), aliasLimitRule(config.GRAPHQL_MAX_ALIASES)],
    plugins: [
      costLimitPlugin(() => schemaHost.schema, config.GRAPHQL_MAX_COST),
      ApolloServerPluginCacheControlDisabled(),
      noStorePlugin(),
    ],
    context: ({ req, res }: GraphQLContext): GraphQLContext => ({ req, res }),
    transformResolvers: servePrefetchedLists,
  };
}
