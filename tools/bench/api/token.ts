import { randomBytes } from 'node:crypto';
// Our side runs authenticated like a real client: an analyst account made with the accounts CLI,
// signed in over GraphQL, and a named API token sent as `Authorization: Bearer`.
import path from 'node:path';
import { capture } from './process.ts';

const SESSION_COOKIE = 'netzwerkstatt_session';

export async function createBenchToken(opts: {
  graphqlUrl: string;
  neo4jUri: string;
  /** The API build whose CLI creates the account. */
  apiDir: string;
}): Promise<string> {
  // A new account per run: the CLI prints a generated password once, so no password is ever chosen
  // here or shown on a command line.
  const email = `api-bench-${Date.now()}@example.org`;
  const output = await capture(
    [
      process.execPath,
      path.join(opts.apiDir, 'cli.js'),
      'user:create',
      '--email',
      email,
      '--name',
      'API-Benchmark',
      '--role',
      'analyst',
    ],
    { NODE_ENV: 'production', NEO4J_URI: opts.neo4jUri },
  );
  const password = /password:\s*(\S+)/i.exec(output)?.[1];
  if (!password) throw new Error(`the accounts CLI printed no password:\n${output}`);

  const signIn = await post(
    opts.graphqlUrl,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
    {
      email,
      password,
    },
  );
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`signIn set no session cookie: ${JSON.stringify(signIn.body)}`);

  // A password the CLI chose must be changed before anything else, as a person would at first sign-in.
  await post(
    opts.graphqlUrl,
    'mutation ($current: String!, $next: String!) { changePassword(current: $current, next: $next) }',
    { current: password, next: randomBytes(18).toString('base64url') },
    { cookie },
  );

  const created = await post(
    opts.graphqlUrl,
    'mutation ($name: String!) { createApiToken(name: $name) { token } }',
    { name: 'API-Benchmark' },
    { cookie },
  );
  const token = (created.body.data as { createApiToken?: { token?: string } } | undefined)?.createApiToken
    ?.token;
  if (!token) throw new Error(`createApiToken returned no token: ${JSON.stringify(created.body)}`);
  return token;
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ headers: Headers; body: { data?: unknown; errors?: unknown } }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return { headers: response.headers, body };
}
