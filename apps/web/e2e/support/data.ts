// Test data made through the API with unique names, so journeys never depend on what other tests left.
import { randomUUID } from 'node:crypto';
import { apiSignIn, gql, type Account } from './accounts.ts';

export function unique(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

interface Reference {
  actionFields: {
    id: string;
    key: string;
    position: number;
    name: string;
    nameEn: string;
    categories: { id: string; key: string; name: string }[];
  }[];
  regions: { id: string; key: string; name: string }[];
}

export async function reference(cookie: string): Promise<Reference> {
  return gql<Reference>(
    '{ actionFields { id key position name nameEn categories { id key name } } regions { id key name } }',
    {},
    cookie,
  );
}

export async function createActor(
  account: Account,
  input: {
    name: string;
    categoryIds?: string[];
    actionFieldIds?: string[];
    regionIds?: string[];
    statewide?: boolean;
    description?: string;
  },
): Promise<string> {
  const cookie = await apiSignIn(account);
  const data = await gql<{ createActor: { id: string } }>(
    'mutation CreateActor($input: CreateActorInput!) { createActor(input: $input) { id } }',
    { input },
    cookie,
  );
  return data.createActor.id;
}
