import { randomBytes } from 'node:crypto';
import { GraphQLResponse, TestApp } from './test-app.js';

/**
 * A word no other data contains, made of letters only so the German analyzer keeps it whole. Specs put
 * it into names and filter by it, so results in the shared database are exactly the spec's own rows.
 */
export function uniqueTag(prefix = 'zq'): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return prefix + Array.from(randomBytes(10), (byte) => letters[byte % letters.length]).join('');
}

export interface ReferenceIds {
  fields: Record<string, string>;
  categories: Record<string, string>;
  regions: Record<string, string>;
}

/** Ids of the seeded reference data (the app seeds the agreement before it listens), by key. */
export async function referenceIds(t: TestApp, token: string): Promise<ReferenceIds> {
  const body = await t.gql<{
    actionFields: { id: string; key: string }[];
    actorCategories: { id: string; key: string }[];
    regions: { id: string; key: string }[];
  }>('{ actionFields { id key } actorCategories { id key } regions { id key } }', {}, token);
  const data = ok(body);
  const byKey = (rows: { id: string; key: string }[]) =>
    Object.fromEntries(rows.map((row) => [row.key, row.id]));
  return {
    fields: byKey(data.actionFields),
    categories: byKey(data.actorCategories),
    regions: byKey(data.regions),
  };
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(body: GraphQLResponse<T>): T {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export function errorOf(body: GraphQLResponse<unknown>) {
  expect(body.errors?.length).toBeGreaterThan(0);
  const error = body.errors![0];
  return {
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    fields: ((error.extensions?.issues as { field: string }[] | undefined) ?? []).map((issue) => issue.field),
    messages: error.extensions?.messages as { de: string; en: string } | undefined,
  };
}

export const ACTOR_FIELDS = `id name description website email statewide createdAt updatedAt createdBy updatedBy
  categories { id key } actionFields { id key } regions { id key }`;

export interface ActorResult {
  id: string;
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
  statewide: boolean;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
  categories: { id: string; key: string }[];
  actionFields: { id: string; key: string }[];
  regions: { id: string; key: string }[];
}

export const CREATE_ACTOR = `mutation ($input: CreateActorInput!) { createActor(input: $input) { ${ACTOR_FIELDS} } }`;

export async function createActor(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<ActorResult> {
  return ok(await t.gql<{ createActor: ActorResult }>(CREATE_ACTOR, { input }, token)).createActor;
}

export const HISTORY = `query ($id: ID!) { history(entityId: $id) { totalCount edges { node { action userId changes related } } } }`;

export interface ChangeResult {
  action: string;
  userId: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  related: { type: string; id: string; label?: string; relation: string } | null;
}

/** The entity's history, newest first. */
export async function historyOf(t: TestApp, token: string, id: string): Promise<ChangeResult[]> {
  const data = ok(await t.gql<{ history: { edges: { node: ChangeResult }[] } }>(HISTORY, { id }, token));
  return data.history.edges.map((edge) => edge.node);
}

/** The id of the account behind a token. */
export async function accountId(t: TestApp, token: string): Promise<string> {
  return ok(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).me.id;
}

export const INJECTION = "x'}) MATCH (n) DETACH DELETE n //";
export const SCRIPT = '<script>alert(1)</script>';
