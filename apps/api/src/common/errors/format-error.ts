import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@netzwerkstatt/domain';
import { GraphQLFormattedError } from 'graphql';

const logger = new Logger('GraphQL');

const INTERNAL = {
  de: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
  en: 'An unexpected error occurred. Please try again.',
};

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
        messages: formatted.extensions?.messages ?? {
          de: germanFor(code, formatted.message),
          en: formatted.message,
        },
      },
    };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: INTERNAL.de,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', messages: INTERNAL },
  };
}

function germanFor(code: string, english: string): string {
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return `Die Anfrage ist syntaktisch fehlerhaft: ${english}`;
    case 'GRAPHQL_VALIDATION_FAILED':
      return `Die Anfrage passt nicht zum Schema: ${english}`;
    case 'BAD_USER_INPUT':
      return `Ungültige Eingabe: ${english}`;
    case 'UNAUTHENTICATED':
      return 'Bitte melden Sie sich an.';
    case 'FORBIDDEN':
      return 'Dafür fehlt Ihnen die Berechtigung.';
    default:
      return english;
  }
}
