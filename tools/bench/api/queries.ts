// The five compared queries, each as our API and @neo4j/graphql express it, with a normaliser that
// turns either answer into the same plain shape (sorted id sets, counts) for the equality check.
// Our side may list alternatives, best first: the first one our server accepts is timed, and a
// fallback taken is reported (it means our API lacks the field the better form needs).
import { ACTOR_SEARCH_FIELDS, toLuceneQuery } from '#domain/lucene-query';
import { sortedUnique } from './compare.ts';
import type { BenchParameters } from './dataset.ts';
import type { GraphQLClient } from './gql.ts';

export type SideName = 'ours' | 'peer';

export interface QueryContext {
  params: BenchParameters;
  pageSize: number;
  /** endCursor of page 49 per side, found by walking the pages once. */
  page50Cursors: Record<SideName, string | null>;
}

export interface Page {
  ids: string[];
  totalCount: number | null;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface SideQuery {
  /** How this side asks, in a few words, for the report. */
  label: string;
  document(ctx: QueryContext): string;
  variables(ctx: QueryContext): Record<string, unknown>;
  normalise(data: unknown, ctx: QueryContext): unknown;
  /** For paged queries: reads the page from the answer, to walk the cursors. */
  page?(data: unknown): Page;
  /** When the answer needs several requests: makes them in order and returns the combined data. */
  fetch?(client: GraphQLClient, ctx: QueryContext): Promise<unknown>;
}

export interface BenchQuery {
  key: string;
  title: string;
  /** Every ratio must be at or below this. */
  target: number;
  /** Best first; the first our server accepts is used. */
  ours: SideQuery[];
  peer: SideQuery;
}

/** One execution of a side's query: the request(s) a client makes for the answer. */
export function execute(spec: SideQuery, client: GraphQLClient, ctx: QueryContext): Promise<unknown> {
  return spec.fetch ? spec.fetch(client, ctx) : client.request(spec.document(ctx), spec.variables(ctx));
}

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked by the normalisers' shape */
type Any = any;
const fixed = (document: string) => () => document;

// ---------------------------------------------------------------------------------------------
// 1. actor → action fields → challenges → solution approaches

const fieldsTreeOurs: SideQuery = {
  label: 'actor(id) { actionFields { challenges { solutionApproaches } } }',
  document: fixed(`query ActorFieldsTree($id: ID!) {
    actor(id: $id) {
      id name
      actionFields { id key name challenges { id title solutionApproaches { id title } } }
    }
  }`),
  variables: (ctx) => ({ id: ctx.params.fieldsActorId }),
  normalise: (data: Any) => fieldsTree(data.actor.actionFields, 'solutionApproaches'),
};

/** Without ActionField.challenges: the actor's fields, then every page of the challenges in them. */
const fieldsTreeOursTwoSteps: SideQuery = {
  label: 'actor(id) { actionFields }, then challenges(filter: {actionFieldIds}) page by page',
  document: fixed(`query ChallengesOfFields($fieldIds: [ID!], $after: String) {
    challenges(first: 100, after: $after, filter: { actionFieldIds: $fieldIds }) {
      edges { node { id title actionField { id } solutionApproaches { id title } } }
      pageInfo { endCursor hasNextPage }
    }
  }`),
  variables: () => ({}),
  normalise: (data: Any) => fieldsTree(data.actor.actionFields, 'solutionApproaches'),
  async fetch(client, ctx) {
    const { actor } = await client.request<Any>(
      `query ActorFields($id: ID!) { actor(id: $id) { id name actionFields { id key name } } }`,
      { id: ctx.params.fieldsActorId },
    );
    const fieldIds = actor.actionFields.map((f: Any) => f.id);
    const challenges: Any[] = [];
    let after: string | null = null;
    // Bounded: 50 pages of 100 is far beyond any field's challenges.
    for (let page = 0; page < 50; page += 1) {
      const data: Any = await client.request(this.document(ctx), { fieldIds, after });
      challenges.push(...data.challenges.edges.map((e: Any) => e.node));
      if (!data.challenges.pageInfo.hasNextPage) break;
      after = data.challenges.pageInfo.endCursor;
    }
    return {
      actor: {
        ...actor,
        actionFields: actor.actionFields.map((f: Any) => ({
          ...f,
          challenges: challenges.filter((c) => c.actionField?.id === f.id),
        })),
      },
    };
  },
};

const fieldsTreePeer: SideQuery = {
  label: 'actors(where: {id}) { actionFields { challenges { solutions } } }',
  document: fixed(`query ActorFieldsTree($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id name
      actionFields { id key name challenges { id title solutions { id title } } }
    }
  }`),
  variables: (ctx) => ({ id: ctx.params.fieldsActorId }),
  normalise: (data: Any) => fieldsTree(data.actors[0].actionFields, 'solutions'),
};

function fieldsTree(fields: Any[], solutionsKey: string) {
  return fields
    .map((f) => ({
      key: f.key,
      challenges: f.challenges
        .map((c: Any) => ({ id: c.id, solutions: sortedUnique(c[solutionsKey].map((s: Any) => s.id)) }))
        .sort((a: Any, b: Any) => a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------------------------
// 2. filtered (action field and regions), sorted (by name) connection, page 1 and page 50

// `total`: whether the page asks for totalCount (a result count shown above the list); a client that
// scrolls on has it from page 1 and leaves it out, which is where keyset paging should shine.
// `regionalOnly`: our region filter also takes in the statewide actors unless told otherwise; the
// peer's `regions: {some}` does not, so ours asks for the actors linked to the regions, as the peer.
const listOurs = (deep: boolean, total = true): SideQuery => ({
  label: `actors(first, after, filter: {actionFieldIds, regionIds, regionalOnly}, orderBy: NAME) { ${total ? 'totalCount ' : ''}edges } — keyset cursor`,
  document: fixed(`query FilteredActors($first: Int!, $after: String, $filter: ActorFilterInput) {
    actors(first: $first, after: $after, filter: $filter, orderBy: { field: NAME, direction: ASC }) {
      ${total ? 'totalCount' : ''}
      edges { cursor node { id name } }
      pageInfo { endCursor hasNextPage }
    }
  }`),
  variables: (ctx) => ({
    first: ctx.pageSize,
    after: deep ? ctx.page50Cursors.ours : null,
    filter: {
      actionFieldIds: [ctx.params.field.id],
      regionIds: ctx.params.regions.map((r) => r.id),
      regionalOnly: true,
    },
  }),
  normalise: (data: Any) => pageShape(data.actors),
  page: (data: Any) => pageShape(data.actors),
});

const listPeer = (deep: boolean, total = true): SideQuery => ({
  label: `actorsConnection(first, after, where: {actionFields: {some}, regions: {some}}, sort: [sortKey, id]) { ${total ? 'totalCount ' : ''}edges } — offset cursor`,
  document: fixed(`query FilteredActors($first: Int!, $after: String, $where: ActorWhere) {
    actorsConnection(first: $first, after: $after, where: $where, sort: [{ sortKey: ASC }, { id: ASC }]) {
      ${total ? 'totalCount' : ''}
      edges { cursor node { id name } }
      pageInfo { endCursor hasNextPage }
    }
  }`),
  variables: (ctx) => ({
    first: ctx.pageSize,
    after: deep ? ctx.page50Cursors.peer : null,
    where: {
      actionFields: { some: { id: { in: [ctx.params.field.id] } } },
      regions: { some: { id: { in: ctx.params.regions.map((r) => r.id) } } },
    },
  }),
  normalise: (data: Any) => pageShape(data.actorsConnection),
  page: (data: Any) => pageShape(data.actorsConnection),
});

function pageShape(connection: Any): Page {
  return {
    // In order: both sides sort by name (sortKey), then id. Cursors differ by design and are left out.
    ids: connection.edges.map((e: Any) => e.node.id),
    totalCount: connection.totalCount ?? null,
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

const comparablePage = (page: Page) => ({
  ids: page.ids,
  totalCount: page.totalCount,
  hasNextPage: page.hasNextPage,
});

// ---------------------------------------------------------------------------------------------
// 3. actors sharing a challenge with a given actor

const sharingOurs: SideQuery = {
  label:
    'actor(id) { solutionApproaches { challenges { actors } } } (Challenge.actors = carriers of its solutions)',
  document: fixed(`query ActorsSharingChallenges($id: ID!) {
    actor(id: $id) {
      id
      solutionApproaches { id challenges { id actors { id name } } }
    }
  }`),
  variables: (ctx) => ({ id: ctx.params.sharingActorId }),
  normalise: (data: Any, ctx) => {
    const ids = data.actor.solutionApproaches.flatMap((s: Any) =>
      s.challenges.flatMap((c: Any) => c.actors.map((a: Any) => a.id)),
    );
    return sortedUnique(ids).filter((id) => id !== ctx.params.sharingActorId);
  },
};

const sharingPeer: SideQuery = {
  label: 'actors(where: {id}) { solutions { challenges { solutions { carriers } } } }',
  document: fixed(`query ActorsSharingChallenges($id: ID!) {
    actors(where: { id: { eq: $id } }) {
      id
      solutions { id challenges { id solutions { id carriers { id name } } } }
    }
  }`),
  variables: (ctx) => ({ id: ctx.params.sharingActorId }),
  normalise: (data: Any, ctx) => {
    const ids = data.actors[0].solutions.flatMap((s: Any) =>
      s.challenges.flatMap((c: Any) => c.solutions.flatMap((o: Any) => o.carriers.map((a: Any) => a.id))),
    );
    return sortedUnique(ids).filter((id) => id !== ctx.params.sharingActorId);
  },
};

// ---------------------------------------------------------------------------------------------
// 4. challenge and solution counts per action field (solutions: distinct approaches addressing a
//    challenge of the field)

const countsOurs: SideQuery = {
  label: 'actionFieldCounts { actionField challengeCount solutionApproachCount }',
  document: fixed(`query CountsPerField {
    actionFieldCounts { actionField { id key } challengeCount solutionApproachCount }
  }`),
  variables: () => ({}),
  normalise: (data: Any) =>
    countsShape(
      data.actionFieldCounts.map((row: Any) => ({
        key: row.actionField.key,
        challenges: row.challengeCount,
        solutions: row.solutionApproachCount,
      })),
    ),
};

/** Without a counts query: two aliased list fields per action field, asking only for totalCount. */
const countsOursAliases: SideQuery = {
  label:
    'challenges(filter: {actionFieldIds}) / solutionApproaches(filter: {actionFieldIds}) { totalCount }, 2 aliases per field',
  document: (ctx) => {
    const vars = ctx.params.allFields.map((_, i) => `$f${i}: ID!`).join(', ');
    const fields = ctx.params.allFields
      .map(
        (_, i) =>
          `c${i}: challenges(first: 1, filter: { actionFieldIds: [$f${i}] }) { totalCount } ` +
          `s${i}: solutionApproaches(first: 1, filter: { actionFieldIds: [$f${i}] }) { totalCount }`,
      )
      .join('\n    ');
    return `query CountsPerField(${vars}) {\n    ${fields}\n  }`;
  },
  variables: (ctx) => Object.fromEntries(ctx.params.allFields.map((f, i) => [`f${i}`, f.id])),
  normalise: (data: Any, ctx) =>
    countsShape(
      ctx.params.allFields.map((f, i) => ({
        key: f.key,
        challenges: data[`c${i}`].totalCount,
        solutions: data[`s${i}`].totalCount,
      })),
    ),
};

const countsPeer: SideQuery = {
  label: 'actionFields { challengesConnection { aggregate { count } } solutionCount (@cypher) }',
  document: fixed(`query CountsPerField {
    actionFields(sort: [{ position: ASC }]) {
      id key
      challengesConnection { aggregate { count { nodes } } }
      solutionCount
    }
  }`),
  variables: () => ({}),
  normalise: (data: Any) =>
    countsShape(
      data.actionFields.map((f: Any) => ({
        key: f.key,
        challenges: f.challengesConnection.aggregate.count.nodes,
        solutions: f.solutionCount,
      })),
    ),
};

function countsShape(rows: Array<{ key: string; challenges: number; solutions: number }>) {
  return [...rows].sort((a, b) => a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------------------------
// 5. full-text search plus one hop: the first actors matching the words, with their action fields

const SEARCH_SIZE = 20;

const searchOurs: SideQuery = {
  label: 'actors(first: 20, filter: {text}, orderBy: NAME) { actionFields }',
  document: fixed(`query SearchActors($text: String!, $first: Int!) {
    actors(first: $first, filter: { text: $text }, orderBy: { field: NAME, direction: ASC }) {
      edges { node { id name actionFields { id key } } }
    }
  }`),
  variables: (ctx) => ({ text: ctx.params.phrase, first: SEARCH_SIZE }),
  normalise: (data: Any) => searchShape(data.actors.edges.map((e: Any) => e.node)),
};

// The peer takes a Lucene phrase and hands it to the index as it is, on every field of the index.
// It is given the search box's query for the text: the same words, prefix and compound clauses our
// API builds (`toLuceneQuery`), written without knowing which properties of the index an actor has.
const searchPeerFor = (fields?: readonly string[]): SideQuery => ({
  label:
    'actorsSearch(phrase, first: 20, sort: name) { actionFields } via @fulltext on search_text, phrase: ' +
    (fields ? `our Lucene query asking only ${fields.join(', ')}` : "the search box's Lucene query"),
  document: fixed(`query SearchActors($phrase: String!, $first: Int!) {
    actorsSearch(phrase: $phrase, first: $first, sort: [{ node: { sortKey: ASC } }, { node: { id: ASC } }]) {
      edges { node { id name actionFields { id key } } }
    }
  }`),
  variables: (ctx) => ({ phrase: toLuceneQuery(ctx.params.phrase, fields), first: SEARCH_SIZE }),
  normalise: (data: Any) => searchShape(data.actorsSearch.edges.map((e: Any) => e.node)),
});

function searchShape(actors: Any[]) {
  // In order (by name), each with its fields as a set.
  return actors.map((a) => ({ id: a.id, fields: sortedUnique(a.actionFields.map((f: Any) => f.key)) }));
}

// ---------------------------------------------------------------------------------------------

export const QUERIES: BenchQuery[] = [
  {
    key: 'q1-fields-tree',
    title: '1. actor → fields → challenges → solutions',
    target: 1,
    ours: [fieldsTreeOurs, fieldsTreeOursTwoSteps],
    peer: fieldsTreePeer,
  },
  {
    key: 'q2-page-1',
    title: '2a. filtered, sorted list, page 1',
    target: 1,
    ours: [
      { ...listOurs(false), normalise: (d, c) => comparablePage(listOurs(false).normalise(d, c) as Page) },
    ],
    peer: {
      ...listPeer(false),
      normalise: (d, c) => comparablePage(listPeer(false).normalise(d, c) as Page),
    },
  },
  {
    key: 'q2-page-50',
    title: '2b. same list, page 50 (by cursor)',
    target: 0.5,
    ours: [
      { ...listOurs(true), normalise: (d, c) => comparablePage(listOurs(true).normalise(d, c) as Page) },
    ],
    peer: { ...listPeer(true), normalise: (d, c) => comparablePage(listPeer(true).normalise(d, c) as Page) },
  },
  {
    key: 'q2-page-50-edges',
    title: '2c. page 50 without totalCount',
    target: 0.5,
    ours: [
      {
        ...listOurs(true, false),
        normalise: (d, c) => comparablePage(listOurs(true, false).normalise(d, c) as Page),
      },
    ],
    peer: {
      ...listPeer(true, false),
      normalise: (d, c) => comparablePage(listPeer(true, false).normalise(d, c) as Page),
    },
  },
  {
    key: 'q3-sharing-challenges',
    title: '3. actors sharing a challenge',
    target: 1,
    ours: [sharingOurs],
    peer: sharingPeer,
  },
  {
    key: 'q4-counts-per-field',
    title: '4. challenge/solution counts per field',
    target: 1,
    ours: [countsOurs, countsOursAliases],
    peer: countsPeer,
  },
  {
    key: 'q5-search-one-hop',
    title: '5. full-text search + one hop',
    target: 1,
    ours: [searchOurs],
    peer: searchPeerFor(),
  },
  // The same search with the peer handed exactly our Lucene query (an actor's fields only), as a client
  // that knows the index's layout could: both then do the same index work, and what differs is the
  // rest of the request.
  {
    key: 'q5b-search-same-lucene',
    title: '5b. same search, peer given our field-qualified query',
    target: 1,
    ours: [searchOurs],
    peer: searchPeerFor(ACTOR_SEARCH_FIELDS),
  },
];
