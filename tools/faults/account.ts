import { randomBytes } from 'node:crypto';
// The account the fault run writes as: a member made with the accounts CLI (which prints a generated
// password once), signed in over GraphQL, and a named API token sent as `Authorization: Bearer`.
import { capture } from '../bench/api/process.ts';

const SESSION_COOKIE = 'netzwerkstatt_session';

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

export async function createWriter(opts: {
  apiUrl: string;
  neo4jUri: string;
}): Promise<{ token: string; actionFieldId: string }> {
  const email = `faults-${Date.now()}@example.org`;
  const output = await capture(
    [
      process.execPath,
      'dist/apps/api/cli.js',
      'user:create',
      '--email',
      email,
      '--name',
      'Fehlertest',
      '--role',
      'member',
    ],
    { NODE_ENV: 'production', NEO4J_URI: opts.neo4jUri },
  );
  const password = /password:\s*(\S+)/i.exec(output)?.[1];
  if (!password) throw new Error(`the accounts CLI printed no password:\n${output}`);

  const graphql = `${opts.apiUrl}/graphql`;
  const signIn = await post(
    graphql,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
    { email, password },
  );
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('signIn set no session cookie');

  // A password the CLI chose must be changed before anything else, as a person would at first sign-in.
  await post(
    graphql,
    'mutation ($current: String!, $next: String!) { changePassword(current: $current, next: $next) }',
    { current: password, next: randomBytes(18).toString('base64url') },
    { cookie },
  );

  const created = await post(
    graphql,
    'mutation ($name: String!) { createApiToken(name: $name) { token } }',
    { name: 'Fehlertest' },
    { cookie },
  );
  const token = (created.body.data?.createApiToken as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`createApiToken returned no token: ${JSON.stringify(created.body)}`);

  const fields = await post(graphql, '{ actionFields { id } }', {}, { authorization: `Bearer ${token}` });
  const actionFieldId = (fields.body.data?.actionFields as { id: string }[] | undefined)?.[0]?.id;
  if (!actionFieldId) throw new Error('the server has no action field to file challenges under');
  return { token, actionFieldId };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ headers: Headers; body: GraphQLBody }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as GraphQLBody;
  if (body.errors?.length) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  return { headers: response.headers, body };
}
