import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeProblem, hasCode, issuesByField } from './apiError';

function graphqlError(extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions }] });
}

describe('describeProblem', () => {
  it('keeps the code, both languages and the field issues the server sent', () => {
    const error = graphqlError({
      code: 'BAD_USER_INPUT',
      messages: { de: 'Ungültig', en: 'Invalid' },
      issues: [
        { field: 'input.email', reason: 'INVALID_EMAIL', message: { de: 'Keine E-Mail', en: 'No e-mail' } },
        { field: 'name', reason: 'REQUIRED', message: { de: 'Name fehlt', en: 'Name missing' } },
      ],
    });
    const problem = describeProblem(error);
    expect(problem.code).toBe('BAD_USER_INPUT');
    expect(problem.message).toEqual({ de: 'Ungültig', en: 'Invalid' });
    expect(issuesByField(problem)).toEqual({
      email: { de: 'Keine E-Mail', en: 'No e-mail' },
      name: { de: 'Name fehlt', en: 'Name missing' },
    });
  });

  it('recognises an expired session', () => {
    expect(hasCode(graphqlError({ code: 'UNAUTHENTICATED' }), 'UNAUTHENTICATED')).toBe(true);
    expect(hasCode(graphqlError({ code: 'FORBIDDEN' }), 'UNAUTHENTICATED')).toBe(false);
  });

  it('calls an unreachable server a network problem', () => {
    expect(describeProblem(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });

  it('ignores malformed issues instead of crashing', () => {
    const problem = describeProblem(graphqlError({ code: 'BAD_USER_INPUT', issues: [{ field: 3 }, 'x'] }));
    expect(problem.issues).toEqual([]);
    expect(problem.message).toBeUndefined();
  });
});
