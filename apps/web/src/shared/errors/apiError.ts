import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { FieldIssue, LocalizedText } from '@netzwerkstatt/domain';

/** What the client knows about a failed request, in both languages, independent of Apollo's types. */
export interface ApiProblem {
  /** extensions.code, or NETWORK when the server could not be reached, or INTERNAL. */
  code: string;
  /** Present when the server sent both languages; otherwise the page shows a translated fallback. */
  message?: LocalizedText;
  issues: FieldIssue[];
}

function isLocalized(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).de === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

function readIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' &&
      issue !== null &&
      typeof issue.field === 'string' &&
      isLocalized(issue.message),
  );
}

export function describeProblem(error: unknown): ApiProblem {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const issues = error.errors.flatMap((e) =>
      readIssues((e.extensions as Record<string, unknown> | undefined)?.issues),
    );
    return {
      code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL',
      message: isLocalized(extensions.messages) ? extensions.messages : undefined,
      issues,
    };
  }
  if (ServerError.is(error)) {
    // A 4xx/5xx without a GraphQL body: a proxy, a restart, or the server refusing the request.
    return { code: error.statusCode >= 500 ? 'SERVER_UNAVAILABLE' : 'INTERNAL', issues: [] };
  }
  if (ServerParseError.is(error)) return { code: 'SERVER_UNAVAILABLE', issues: [] };
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', issues: [] };
  }
  return { code: 'INTERNAL', issues: [] };
}

export function hasCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

/** The answer says the record asked for does not exist (any more): trying again cannot help. */
export function isNotFound(error: unknown): boolean {
  return hasCode(error, 'NOT_FOUND');
}

/** Field → message, for showing server issues next to the inputs they concern. */
export function issuesByField(problem: ApiProblem | undefined): Record<string, LocalizedText> {
  const byField: Record<string, LocalizedText> = {};
  for (const issue of problem?.issues ?? []) {
    // The server may name a nested path ("input.email"); forms know the last part.
    const field = issue.field.split('.').pop() ?? issue.field;
    byField[field] ??= issue.message;
  }
  return byField;
}
