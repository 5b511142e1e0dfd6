import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, FAILURE_MESSAGES } from '@netzwerkstatt/domain';
import { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

/**
 * The one place where errors become what a client sees. Domain errors carry their code and both
 * languages; errors of the GraphQL layer (parse, validation, variable types) keep their code; anything
 * else is logged with its stack here and reaches the client only as a generic message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.localized.de,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        reason: original.reason,
        messages: original.localized,
        issues: original.issues,
        ...original.details,
      },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: {
        ...formatted.extensions,
        code,
        messages: formatted.extensions?.messages ?? FAILURE_MESSAGES.graphqlLayer(code, formatted.message),
      },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  const messages = FAILURE_MESSAGES.unexpected();
  return {
    message: messages.de,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messages },
  };
}
