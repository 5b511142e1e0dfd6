import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';
import type { GraphQLResponse, TestApp } from './test-app.js';

/**
 * Helpers for the write-path specs: the challenge operations as GraphQL text, and a dump of one node
 * with all its relationships straight from the database, to compare a record before and after.
 */

export const CHALLENGE_FIELDS =
  'id title description status priority revision createdBy updatedBy actionField { id } solutionApproaches { id }';
export const CREATE_CHALLENGE = `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { ${CHALLENGE_FIELDS} } }`;
export const UPDATE_CHALLENGE = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateChallengeInput!) {
  updateChallenge(id: $id, expectedRevision: $expectedRevision, input: $input) { ${CHALLENGE_FIELDS} }
}`;
export const DELETE_CHALLENGE = 'mutation ($id: ID!) { deleteChallenge(id: $id) }';
export const GET_CHALLENGE = `query ($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} } }`;

export const SOLUTION_FIELDS = 'id title description status revision challenges { id } carriers { id }';
export const CREATE_SOLUTION = `mutation ($input: CreateSolutionApproachInput!) { createSolutionApproach(input: $input) { ${SOLUTION_FIELDS} } }`;
export const UPDATE_SOLUTION = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateSolutionApproachInput!) {
  updateSolutionApproach(id: $id, expectedRevision: $expectedRevision, input: $input) { ${SOLUTION_FIELDS} }
}`;
export const GET_SOLUTION = `query ($id: ID!) { solutionApproach(id: $id) { ${SOLUTION_FIELDS} } }`;
export const LINK_SOLUTION = `mutation ($solutionId: ID!, $challengeId: ID!) {
  linkSolutionToChallenge(solutionId: $solutionId, challengeId: $challengeId) { id }
}`;
export const UNLINK_SOLUTION = `mutation ($solutionId: ID!, $challengeId: ID!) {
  unlinkSolutionFromChallenge(solutionId: $solutionId, challengeId: $challengeId) { id }
}`;

export const RESTORE_FROM_TRASH =
  'mutation ($id: ID!) { restoreFromTrash(id: $id) { id entityType title deletedBy } }';
export const PURGE_FROM_TRASH = 'mutation ($id: ID!) { purgeFromTrash(id: $id) }';

export interface Challenge {
  id: string;
  title: string;
  description: string | null;
  status: string;
  priority: string;
  revision: number;
  createdBy: string | null;
  updatedBy: string | null;
  actionField: { id: string } | null;
  solutionApproaches: { id: string }[];
}

export interface SolutionApproach {
  id: string;
  title: string;
  description: string | null;
  status: string;
  revision: number;
  challenges: { id: string }[];
  carriers: { id: string }[];
}

/** The extensions of the first error of a response that must have failed. */
export function extensionsOf(body: GraphQLResponse<unknown>): Record<string, unknown> {
  if (!body.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(body.data)}`);
  return body.errors[0].extensions ?? {};
}

export interface RelationshipDump {
  type: string;
  direction: 'out' | 'in';
  otherId: string | null;
  otherLabels: string[];
  properties: Record<string, unknown>;
}

/** A node as the database holds it: labels, every property, every relationship. */
export interface NodeDump {
  labels: string[];
  properties: Record<string, unknown>;
  relationships: RelationshipDump[];
}

/** Driver values as plain data, temporal values at full precision (their Cypher string). */
function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null;
  if (isInt(value)) return value.toNumber();
  if (
    isDateTime(value) ||
    isDate(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  )
    return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));
}

const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

/** The node with this id under any label, or null; relationships sorted so two dumps compare equal. */
export async function dumpNode(t: TestApp, id: string): Promise<NodeDump | null> {
  const result = await t.neo4j.read((tx) =>
    tx.run(
      `MATCH (n {id: $id}) WHERE NOT n:Change
       RETURN labels(n) AS labels, properties(n) AS properties,
         COLLECT {
           MATCH (n)-[r]-(o)
           RETURN { type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
             otherId: o.id, otherLabels: labels(o), properties: properties(r) } AS relationship
         } AS relationships`,
      { id },
    ),
  );
  if (result.records.length > 1) throw new Error(`${result.records.length} nodes have the id ${id}`);
  const record = result.records[0];
  if (!record) return null;
  return {
    labels: (record.get('labels') as string[]).sort(),
    properties: plain(record.get('properties')) as Record<string, unknown>,
    relationships: (plain(record.get('relationships')) as RelationshipDump[])
      .map((relationship) => ({ ...relationship, otherLabels: [...relationship.otherLabels].sort() }))
      .sort(byJson),
  };
}

/** How many nodes, under any label, carry this id (history entries keep it as `entityId`, not `id`). */
export async function nodesWithId(t: TestApp, id: string): Promise<number> {
  const result = await t.neo4j.read((tx) => tx.run('MATCH (n {id: $id}) RETURN count(n) AS n', { id }));
  return Number(result.records[0].get('n'));
}

/** Gives the account behind a token a display name of its own, so a message can be told to name it. */
export async function renameAccount(t: TestApp, accountId: string, displayName: string): Promise<void> {
  await t.neo4j.write((tx) =>
    tx.run('MATCH (u:User {id: $accountId}) SET u.displayName = $displayName', { accountId, displayName }),
  );
}

/** Without `revision`: the actor reads (actor, actors, linkActor) do not return it yet; specs read it with revisionOf. */
export const ACTOR_FIELDS_WRITE =
  'id name description createdBy categories { id } actionFields { id } regions { id } persons { person { id } role }';
export const CREATE_ACTOR_WRITE = `mutation ($input: CreateActorInput!) { createActor(input: $input) { ${ACTOR_FIELDS_WRITE} } }`;
export const UPDATE_ACTOR = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdateActorInput!) {
  updateActor(id: $id, expectedRevision: $expectedRevision, input: $input) { ${ACTOR_FIELDS_WRITE} }
}`;
export const GET_ACTOR = `query ($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS_WRITE} } }`;
export const DELETE_ACTOR = 'mutation ($id: ID!) { deleteActor(id: $id) }';
export const LINK_ACTOR = `mutation ($actorId: ID!, $targetId: ID!, $relation: ActorRelation!) {
  linkActor(actorId: $actorId, targetId: $targetId, relation: $relation) { ${ACTOR_FIELDS_WRITE} }
}`;

export const PERSON_FIELDS_WRITE = 'id name function revision createdBy actors { actor { id } role }';
export const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { ${PERSON_FIELDS_WRITE} } }`;
export const UPDATE_PERSON = `mutation ($id: ID!, $expectedRevision: Int!, $input: UpdatePersonInput!) {
  updatePerson(id: $id, expectedRevision: $expectedRevision, input: $input) { ${PERSON_FIELDS_WRITE} }
}`;
export const GET_PERSON = `query ($id: ID!) { person(id: $id) { ${PERSON_FIELDS_WRITE} } }`;
export const DELETE_PERSON = 'mutation ($id: ID!) { deletePerson(id: $id) }';
export const LINK_PERSON = `mutation ($personId: ID!, $actorId: ID!, $role: String) {
  linkPersonToActor(personId: $personId, actorId: $actorId, role: $role) { ${PERSON_FIELDS_WRITE} }
}`;

export interface Actor {
  id: string;
  name: string;
  description: string | null;
  createdBy: string | null;
  categories: { id: string }[];
  actionFields: { id: string }[];
  regions: { id: string }[];
  persons: { person: { id: string }; role: string | null }[];
}

export interface Person {
  id: string;
  name: string;
  function: string | null;
  revision: number;
  createdBy: string | null;
  actors: { actor: { id: string }; role: string | null }[];
}
