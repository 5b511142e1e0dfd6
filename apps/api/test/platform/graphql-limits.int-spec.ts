import { startTestApp, TestApp } from '../support/test-app.js';

interface LimitError {
  message: string;
  extensions?: { code?: string; reason?: string; messages?: { de: string; en: string } };
}

async function post(
  t: TestApp,
  body: unknown,
  token: string,
): Promise<{ status: number; errors?: LimitError[] }> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { errors?: LimitError[] }) };
}

describe('GraphQL limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  it('refuses queries nested deeper than the limit, in both languages', async () => {
    // actionFields → next → next … : each level is one field deeper.
    const deep = `{ actionFields { ${'next { '.repeat(10)}id${' }'.repeat(10)} } }`;
    const { status, errors } = await post(t, { query: deep }, token);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.reason).toBe('QUERY_LIMIT');
    expect(errors?.[0].extensions?.messages?.de).toMatch(/zu tief verschachtelt/);
    expect(errors?.[0].extensions?.messages?.en).toMatch(/nested too deeply/);
  });

  it('allows a query at the depth the app needs', async () => {
    const { errors } = await post(
      t,
      { query: '{ actionFields { categories { name } next { name } } }' },
      token,
    );
    expect(errors).toBeUndefined();
  });

  it('refuses alias batching beyond the limit', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: regions { id }`).join(' ');
    const { status, errors } = await post(t, { query: `{ ${aliases} }` }, token);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.messages?.en).toMatch(/too many aliases/);
  });

  it('refuses queries whose estimated cost is too high before running them', async () => {
    const before = t.neo4j.queryCount;
    const expensive = `{ actors(first: 100) { edges { node {
      solutionApproaches { challenges { solutionApproaches { carriers { id name } } } } } } } }`;
    const { status, errors } = await post(t, { query: expensive }, token);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.messages?.en).toMatch(/too expensive/);
    // Only the session lookup reached the database.
    expect(t.neo4j.queryCount - before).toBeLessThanOrEqual(1);
  });

  it('answers wrong variable types as bad input, not as a server error', async () => {
    const { errors } = await post(
      t,
      { query: 'query ($first: Int) { actors(first: $first) { totalCount } }', variables: { first: 'zehn' } },
      token,
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('HTTP surface', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports alive and ready', async () => {
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    const ready = await fetch(`${t.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const simpleForm = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(simpleForm.status).toBe(400);
    const getQuery = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(getQuery.status).toBe(400);
  });
});

describe('production mode', () => {
  let t: TestApp;
  const previous = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    process.env.NODE_ENV = previous;
  });

  it('turns introspection off', async () => {
    const token = await t.tokenFor('member');
    const { errors } = await post(t, { query: '{ __schema { types { name } } }' }, token);
    expect(errors?.[0].message).toMatch(/introspection/i);
  });

  it('never sends a stack trace', async () => {
    const response = await t.gql('{ actor(id: 42) { id } }');
    expect(JSON.stringify(response)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Z]\w+\./);
  });
});
