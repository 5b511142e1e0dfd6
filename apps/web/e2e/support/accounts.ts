// Accounts for journeys: the runner creates one admin with the CLI; journeys create the others
// through the API as that admin, each with a unique e-mail (the database is shared with other tests).
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { BASE_URL, settle } from './browser.ts';

export type Role = 'member' | 'analyst' | 'steering' | 'admin';

export interface Account {
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

export const ADMIN: Account = {
  email: process.env.E2E_ADMIN_EMAIL ?? '',
  password: process.env.E2E_ADMIN_PASSWORD ?? '',
  displayName: 'E2E Admin',
  role: 'admin',
};

interface GraphQLResult<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL operation; `cookie` is a session cookie from `apiSignIn`. */
export async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<T> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResult<T>;
  if (body.errors?.length)
    throw new Error(`GraphQL: ${body.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  return body.data as T;
}

/** Signs in over HTTP and returns the Cookie header value for further requests. */
export async function apiSignIn(account: Pick<Account, 'email' | 'password'>): Promise<string> {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
      variables: account,
    }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!response.ok || cookies.length === 0)
    throw new Error(`sign-in of ${account.email} failed: ${await response.text()}`);
  return cookies.join('; ');
}

let adminCookie: string | undefined;

/** A new account with the role, created by the e2e admin. */
export async function createAccount(
  role: Role,
  displayName = `E2E ${role} ${randomUUID().slice(0, 6)}`,
): Promise<Account> {
  adminCookie ??= await apiSignIn(ADMIN);
  const account: Account = {
    email: `e2e-${role}-${randomUUID()}@test.netzwerkstatt.example`,
    password: `e2e-${randomUUID()}`,
    displayName,
    role,
  };
  // The admin's initial password must be changed at first sign-in, as the person would.
  const initial = `e2e-initial-${randomUUID()}`;
  await gql(
    'mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }',
    { input: { email: account.email, displayName, password: initial, role } },
    adminCookie,
  );
  await gql(
    'mutation ChangePassword($current: String!, $next: String!) { changePassword(current: $current, next: $next) }',
    { current: initial, next: account.password },
    await apiSignIn({ email: account.email, password: initial }),
  );
  return account;
}

/** Signs in through the sign-in page, as a person would, and waits for the page that follows. */
export async function signIn(
  page: Page,
  account: Pick<Account, 'email' | 'password'>,
  startPath = '/anmelden',
): Promise<void> {
  await page.goto(startPath);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page, 'sign-in');
  await page.getByLabel(/E-Mail-Adresse|E-mail address/).fill(account.email);
  await page.getByLabel(/^(Passwort|Password)/).fill(account.password);
  await page.getByRole('button', { name: /^(Anmelden|Sign in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
  await settle(page);
}
