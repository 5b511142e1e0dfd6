import { Role } from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import { AccountsService } from '../../src/accounts/accounts.service.js';
import { SESSION_COOKIE } from '../../src/auth/session-cookie.js';
import { GraphQLResponse, TestApp } from './test-app.js';

export interface TestAccount {
  id: string;
  email: string;
  password: string;
  role: Role;
}

/** An account with a unique e-mail address and a known password. */
export async function createAccount(
  t: TestApp,
  role: Role = 'member',
  label = 'person',
): Promise<TestAccount> {
  const email = `${label}-${randomUUID()}@test.netzwerkstatt.example`;
  const password = `pw-${randomUUID()}`;
  const account = await t.app
    .get(AccountsService)
    .createUser({ email, displayName: `Test ${label}`, password, role, mustChangePassword: false });
  return { id: account.id, email, password, role };
}

export interface HttpResult<T> {
  status: number;
  body: GraphQLResponse<T>;
  setCookie: string[];
}

/** A GraphQL POST with full control over headers, as a browser (cookie) or API client (bearer) sends it. */
export async function post<T = Record<string, unknown>>(
  t: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  auth: { cookie?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      ...auth.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResponse<T>,
    setCookie: response.headers.getSetCookie(),
  };
}

/** The `name=value` pair of the session cookie from Set-Cookie headers, to send back as a Cookie header. */
export function sessionCookie(setCookie: string[]): string {
  const header = setCookie.find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!header) throw new Error(`no ${SESSION_COOKIE} cookie in ${JSON.stringify(setCookie)}`);
  return header.split(';')[0];
}

export const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { id email displayName role disabled }
}`;

export const ME = `{ me { id email role } }`;

export function errorCode(body: GraphQLResponse<unknown>): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}

export function errorReason(body: GraphQLResponse<unknown>): unknown {
  return body.errors?.[0]?.extensions?.reason;
}
