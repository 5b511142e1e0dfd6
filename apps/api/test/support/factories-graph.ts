import { ACTION_FIELDS, germanSortKey } from '@netzwerkstatt/domain';
import { randomBytes, randomUUID } from 'node:crypto';
import type { GraphQLResponse, TestApp } from './test-app.js';

/**
 * Test data for the challenge / solution / good-practice / guideline graph, written straight into
 * Neo4j with parameterised Cypher (no repository involved), so specs can build large or odd shapes fast.
 * Names carry a tag no other data contains; specs filter by it because the database is shared.
 */

/** Letters only, so the German full-text analyzer keeps it as one word. */
export function graphTag(prefix = 'zx'): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return prefix + Array.from(randomBytes(10), (byte) => letters[byte % letters.length]).join('');
}

const AUDIT = `createdAt: datetime(), updatedAt: datetime(), createdBy: 'test', updatedBy: 'test'`;

async function write(t: TestApp, cypher: string, params: Record<string, unknown>): Promise<void> {
  await t.neo4j.write((tx) => tx.run(cypher, params));
}

/** The action field with this key, merged by key as the seeder does; returns its id. */
export async function actionFieldId(t: TestApp, key: string): Promise<string> {
  const field = ACTION_FIELDS.find((candidate) => candidate.key === key);
  if (!field) throw new Error(`unknown action field key ${key}`);
  const result = await t.neo4j.write((tx) =>
    tx.run(
      `MERGE (f:ActionField {key: $key})
       ON CREATE SET f.id = randomUUID(), f.position = $position, f.name = $name, f.nameEn = $nameEn,
         f.asWritten = $asWritten, f.sortKey = $sortKey, f.createdAt = datetime(), f.updatedAt = datetime(),
         f.createdBy = 'test', f.updatedBy = 'test'
       RETURN f.id AS id`,
      {
        key,
        position: field.position,
        name: field.name,
        nameEn: field.nameEn,
        asWritten: field.asWritten,
        sortKey: germanSortKey(field.name),
      },
    ),
  );
  return result.records[0].get('id') as string;
}

export async function actorNode(
  t: TestApp,
  name: string,
  props: { statewide?: boolean } = {},
): Promise<string> {
  const id = randomUUID();
  await write(
    t,
    `CREATE (:Actor {id: $id, name: $name, sortKey: $sortKey, statewide: $statewide, ${AUDIT}})`,
    {
      id,
      name,
      sortKey: germanSortKey(name),
      statewide: props.statewide ?? false,
    },
  );
  return id;
}

/** The id of a seeded reference node (region or actor category) by its key. */
export async function referenceId(
  t: TestApp,
  label: 'Region' | 'ActorCategory',
  key: string,
): Promise<string> {
  const result = await t.neo4j.read((tx) =>
    tx.run(
      label === 'Region'
        ? 'MATCH (n:Region {key: $key}) RETURN n.id AS id'
        : 'MATCH (n:ActorCategory {key: $key}) RETURN n.id AS id',
      { key },
    ),
  );
  return result.records[0].get('id') as string;
}

export async function guidelineNode(t: TestApp, title: string): Promise<string> {
  const id = randomUUID();
  await write(
    t,
    `CREATE (:Guideline {id: $id, title: $title, sortKey: $sortKey, status: 'draft', version: null, ${AUDIT}})`,
    { id, title, sortKey: germanSortKey(title) },
  );
  return id;
}

/** A node in the Papierkorb as the write path leaves it: its concept label swapped for :Trashed. */
export async function trashedActorNode(t: TestApp, name: string): Promise<string> {
  const id = randomUUID();
  await write(
    t,
    `CREATE (:Trashed {id: $id, name: $name, sortKey: $sortKey, trashedType: 'Actor', trashedAt: datetime(),
       trashedBy: 'test', statewide: false, ${AUDIT}})`,
    { id, name, sortKey: germanSortKey(name) },
  );
  return id;
}

/** A challenge in the field, or (fieldId null) in none, which keeps it out of the busy field hubs. */
export async function challengeNode(
  t: TestApp,
  title: string,
  fieldId: string | null,
  props: { status?: string; priority?: string } = {},
): Promise<string> {
  const id = randomUUID();
  await write(
    t,
    `CREATE (c:Challenge {id: $id, title: $title, sortKey: $sortKey, description: null, status: $status,
       priority: $priority, ${AUDIT}})
     WITH c
     MATCH (f:ActionField {id: $fieldId})
     CREATE (c)-[:IN_FIELD]->(f)`,
    {
      id,
      title,
      fieldId,
      sortKey: germanSortKey(title),
      status: props.status ?? 'open',
      priority: props.priority ?? 'medium',
    },
  );
  return id;
}

export async function solutionNode(t: TestApp, title: string): Promise<string> {
  const id = randomUUID();
  await write(
    t,
    `CREATE (:SolutionApproach {id: $id, title: $title, sortKey: $sortKey, description: null, status: 'proposed', ${AUDIT}})`,
    { id, title, sortKey: germanSortKey(title) },
  );
  return id;
}

export async function goodPracticeNode(t: TestApp, title: string): Promise<string> {
  const id = randomUUID();
  await write(
    t,
    `CREATE (:GoodPractice {id: $id, title: $title, sortKey: $sortKey, description: null, url: null, year: null, ${AUDIT}})`,
    { id, title, sortKey: germanSortKey(title) },
  );
  return id;
}

type Relation =
  | 'ADDRESSES'
  | 'CARRIES'
  | 'EVIDENCES'
  | 'PRACTISED_BY'
  | 'IN_FIELD'
  | 'WORKS_IN'
  | 'ACTIVE_IN'
  | 'IN_CATEGORY'
  | 'MENTIONS';

/** (from)-[:type]->(to) for every pair; relationship types come from the fixed list above only. */
export async function relate(t: TestApp, type: Relation, pairs: [string, string][]): Promise<void> {
  await write(
    t,
    `UNWIND $pairs AS pair
     MATCH (a {id: pair[0]}), (b {id: pair[1]})
     MERGE (a)-[:${type}]->(b)`,
    { pairs },
  );
}

/** `count` solution approaches carried by the actor, in one statement (for size limits). */
export async function carriedSolutions(
  t: TestApp,
  actorId: string,
  count: number,
  title: string,
): Promise<void> {
  await write(
    t,
    `MATCH (a:Actor {id: $actorId})
     UNWIND range(1, $count) AS i
     CREATE (a)-[:CARRIES]->(:SolutionApproach {id: randomUUID(), title: $title + ' ' + toString(i),
       sortKey: toLower($title) + ' ' + toString(i), status: 'proposed', ${AUDIT}})`,
    { actorId, count, title },
  );
}

/** Data of a response that must have succeeded; fails with the errors otherwise. */
export function ok<T>(body: GraphQLResponse<T>): T {
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The first error of a response that must have failed: code, reason and the fields its issues name. */
export function failure(body: GraphQLResponse<unknown>) {
  if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
  const error = body.errors[0];
  return {
    code: error.extensions?.code,
    reason: error.extensions?.reason,
    fields: ((error.extensions?.issues as { field: string }[] | undefined) ?? []).map((issue) => issue.field),
    messages: error.extensions?.messages as { de: string; en: string } | undefined,
  };
}

export interface Change {
  action: string;
  userId: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  related: { type: string; id: string; label?: string; relation: string } | null;
}

/** The history of an entity, newest first. */
export async function history(t: TestApp, token: string, id: string): Promise<Change[]> {
  const body = await t.gql<{ history: { edges: { node: Change }[] } }>(
    'query ($id: ID!) { history(entityId: $id, first: 100) { edges { node { action userId changes related } } } }',
    { id },
    token,
  );
  return ok(body).history.edges.map((edge) => edge.node);
}

export async function accountIdOf(t: TestApp, token: string): Promise<string> {
  return ok(await t.gql<{ me: { id: string } }>('{ me { id } }', {}, token)).me.id;
}

/** How many nodes carry this exact title or name, straight from the database. */
export async function countTitled(t: TestApp, label: string, title: string): Promise<number> {
  const result = await t.neo4j.read((tx) =>
    tx.run(
      'MATCH (n) WHERE $label IN labels(n) AND (n.title = $title OR n.name = $title) RETURN count(n) AS n',
      {
        label,
        title,
      },
    ),
  );
  return Number(result.records[0].get('n'));
}

export interface PageOf<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

/** Follows endCursor until the last page and returns every node in the order served. */
export async function everyPage<T>(fetchPage: (after: string | null) => Promise<PageOf<T>>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page: PageOf<T> = await fetchPage(after);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end within 100 pages');
}

/** Every node in the database: an injected `MATCH (n) DETACH DELETE n` would show here. */
export async function countNodes(t: TestApp): Promise<number> {
  const result = await t.neo4j.read((tx) => tx.run('MATCH (n) RETURN count(n) AS n'));
  return Number(result.records[0].get('n'));
}

export const INJECTION = "x'}) MATCH (n) DETACH DELETE n //";
export const SCRIPT = '<script>alert(1)</script>';

/** The revision an update of this record must name (what a form would have loaded). */
export async function revisionOf(t: TestApp, id: string): Promise<number> {
  const result = await t.neo4j.read((tx) =>
    tx.run(
      `CALL () { ${[
        'Actor',
        'Person',
        'Challenge',
        'SolutionApproach',
        'GoodPractice',
        'Guideline',
        'SavedGraphView',
      ]
        .map((label) => `MATCH (n:${label} {id: $id}) RETURN n`)
        .join(' UNION ALL ')} }
       RETURN coalesce(n.revision, 1) AS revision`,
      { id },
    ),
  );
  return Number(result.records[0]?.get('revision') ?? 1);
}
