import { INestApplication } from '@nestjs/common';
import { Role } from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import { createApp } from '../../src/bootstrap.js';
import { AccountsService } from '../../src/accounts/accounts.service.js';
import { SessionsService } from '../../src/sessions/sessions.service.js';
import { Neo4jService } from '../../src/database/neo4j.service.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

/**
 * The real app on a random port, talking to the Neo4j in NEO4J_URI. One per spec file:
 * `const t = await startTestApp(); afterAll(() => t.close());`
 */
export interface TestApp {
  app: INestApplication;
  url: string;
  neo4j: Neo4jService;
  /** POSTs a GraphQL operation; pass a bearer token to act as a signed-in account. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Creates an account with the role and returns a bearer token for it. */
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** `port`: listen there instead of on a free one (a restarted server where its clients expect it). */
export async function startTestApp(options: { port?: number } = {}): Promise<TestApp> {
  process.env.NODE_ENV ??= 'test';
  const app = await createApp({ logger: false });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<never>;
  };

  const tokenFor = async (role: Role): Promise<string> => {
    const user = await app.get(AccountsService).createUser({
      email: `${role}-${randomUUID()}@test.netzwerkstatt.example`,
      displayName: `Test ${role}`,
      password: `test-password-${randomUUID()}`,
      role,
      mustChangePassword: false,
    });
    const session = await app.get(SessionsService).create(user.id, { kind: 'token' });
    return session.token;
  };

  return { app, url, neo4j: app.get(Neo4jService), gql, tokenFor, close: () => app.close() };
}

/** `startTestApp` with extra settings; the environment is restored once the configuration has been read. */
export async function startTestAppWith(settings: Record<string, string>): Promise<TestApp> {
  const saved = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  try {
    return await startTestApp();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
