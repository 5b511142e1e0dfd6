import { addDays, berlinToday, germanSortKey } from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import { actorNode, failure, ok } from '../support/factories-graph.js';
import { type GraphQLResponse, TestApp, startTestApp } from '../support/test-app.js';

const MANDATE = 'id startDate endDate kind revision personId personName actorId actorName';
const CREATE = `mutation ($input: CreateMandateInput!) { createMandate(input: $input) { ${MANDATE} } }`;
const UPDATE = `mutation ($id: ID!, $rev: Int!, $input: UpdateMandateInput!) {
  updateMandate(id: $id, expectedRevision: $rev, input: $input) { ${MANDATE} } }`;
const DELETE = 'mutation ($id: ID!) { deleteMandate(id: $id) }';
const RESTORE = 'mutation ($id: ID!) { restoreFromTrash(id: $id) { id } }';
const GROUP = `query ($on: String) { steeringGroup(on: $on) { on maxActive mandates { ${MANDATE} } } }`;
const DUE = `{ dueMandateConfirmations { ${MANDATE} } }`;
const NOTIFICATIONS = `{ myNotifications(first: 50) { edges { node { kind mandateId mandate { endDate personName actorName } } } } }`;

interface Mandate {
  id: string;
  startDate: string;
  endDate: string;
  kind: string;
  revision: number;
  personId: string;
  personName: string;
  actorId: string;
  actorName: string;
}

/**
 * Agreement VI against the real API and Neo4j: terms of three years (29.02. → 28.02.), at most ten
 * mandates on any day, no overlap for one person, refusals that change nothing, and confirmations
 * falling due. Every test works in its own decade far in the future, so the cap of one never meets
 * another's mandates; what runs around today is deleted afterwards.
 */
describe('steering group mandates', () => {
  let t: TestApp;
  let steering: string;
  let member: string;
  let actorId: string;
  const created: string[] = [];
  const base = 2100 + Math.floor(Math.random() * 80) * 10;
  let decade = 0;
  const nextDecade = () => base + 10 * decade++;

  async function person(name = `Person ${randomUUID().slice(0, 8)}`): Promise<string> {
    const id = randomUUID();
    await t.neo4j.write((tx) =>
      tx.run(
        `CREATE (:Person {id: $id, name: $name, sortKey: $sortKey, revision: 1, createdAt: datetime(),
          updatedAt: datetime(), createdBy: 'test', updatedBy: 'test'})`,
        { id, name, sortKey: germanSortKey(name) },
      ),
    );
    return id;
  }

  async function create(input: Record<string, unknown>, token = steering) {
    const response = await t.gql<{ createMandate: Mandate }>(
      CREATE,
      { input: { actorId, kind: 'new', ...input } },
      token,
    );
    if (response.data?.createMandate) created.push(response.data.createMandate.id);
    return response;
  }

  const group = async (on: string) =>
    ok(
      await t.gql<{ steeringGroup: { on: string; maxActive: number; mandates: Mandate[] } }>(
        GROUP,
        { on },
        member,
      ),
    ).steeringGroup;

  const mandateCount = async () => {
    const result = await t.neo4j.read((tx) => tx.run('MATCH (m:Mandate) RETURN count(m) AS n'));
    return Number(result.records[0].get('n'));
  };

  beforeAll(async () => {
    t = await startTestApp();
    [steering, member] = await Promise.all([t.tokenFor('steering'), t.tokenFor('member')]);
    actorId = await actorNode(t, `Kammer Mandate ${randomUUID().slice(0, 6)}`);
  });
  afterAll(async () => {
    await t.neo4j.write((tx) =>
      tx.run('MATCH (m) WHERE m.id IN $ids AND (m:Mandate OR m:Trashed) DETACH DELETE m', { ids: created }),
    );
    await t.close();
  });

  it('ends a term starting on 29.02. on 28.02. three years later, the end day no longer in office', async () => {
    const holder = await person('Leap Day Holder');
    const mandate = ok(await create({ personId: holder, startDate: '2024-02-29' })).createMandate;
    expect(mandate).toMatchObject({
      startDate: '2024-02-29',
      endDate: '2027-02-28',
      personName: 'Leap Day Holder',
    });
    expect((await group('2024-02-29')).mandates.map((m) => m.id)).toContain(mandate.id);
    expect((await group('2027-02-27')).mandates.map((m) => m.id)).toContain(mandate.id);
    expect((await group('2027-02-28')).mandates.map((m) => m.id)).not.toContain(mandate.id);
    expect((await group('2024-02-28')).mandates.map((m) => m.id)).not.toContain(mandate.id);
    // The next term of the same person may start on the end day: no overlap.
    const next = ok(
      await create({ personId: holder, startDate: '2027-02-28', kind: 'confirmed' }),
    ).createMandate;
    expect(next.endDate).toBe('2030-02-28');
    await t.gql(DELETE, { id: mandate.id }, steering);
    await t.gql(DELETE, { id: next.id }, steering);
  });

  it('refuses an invalid day, an end before the start and a term longer than three years', async () => {
    const holder = await person();
    const y = nextDecade();
    for (const [input, reason] of [
      [{ startDate: `${y + 1}-02-29` }, 'INVALID_DAY'],
      [{ startDate: `${y}-13-01` }, 'INVALID_DAY'],
      [{ startDate: `${y}-03-01`, endDate: `${y}-03-01` }, 'INVALID_TERM'],
      [{ startDate: `${y}-03-01`, endDate: `${y + 3}-03-02` }, 'INVALID_TERM'],
    ] as const) {
      const before = await mandateCount();
      const refusal = failure(await create({ personId: holder, ...input }));
      expect(refusal.code).toBe('BAD_USER_INPUT');
      expect(refusal.reason).toBe(reason);
      expect(await mandateCount()).toBe(before);
    }
    // A shorter term (a resignation) is allowed.
    const short = ok(
      await create({ personId: holder, startDate: `${y}-03-01`, endDate: `${y + 1}-06-30` }),
    ).createMandate;
    expect(short.endDate).toBe(`${y + 1}-06-30`);
  });

  it('refuses overlapping mandates of one person, naming the term', async () => {
    const holder = await person();
    const y = nextDecade();
    ok(await create({ personId: holder, startDate: `${y}-01-01` }));
    const before = await mandateCount();
    const refusal = failure(await create({ personId: holder, startDate: `${y + 2}-12-31` }));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.reason).toBe('MANDATE_OVERLAP');
    expect(refusal.messages?.de).toContain(`01.01.${y}`);
    expect(await mandateCount()).toBe(before);
    // Another person on the same days is fine.
    ok(await create({ personId: await person(), startDate: `${y + 2}-12-31` }));
  });

  it('refuses the eleventh mandate on any day, naming it, and keeps the ten intact', async () => {
    const y = nextDecade();
    const ten: Mandate[] = [];
    for (let i = 0; i < 9; i += 1)
      ten.push(ok(await create({ personId: await person(), startDate: `${y}-01-01` })).createMandate);
    // The tenth starts later; the eleventh would start before it and run into it.
    ten.push(ok(await create({ personId: await person(), startDate: `${y + 1}-07-01` })).createMandate);
    expect((await group(`${y + 1}-07-01`)).mandates).toHaveLength(10);
    const before = await mandateCount();
    const refusal = failure(await create({ personId: await person(), startDate: `${y}-09-01` }));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.reason).toBe('TOO_MANY_MANDATES');
    expect(refusal.messages?.de).toContain(`01.07.${y + 1}`);
    expect(refusal.messages?.en).toContain(`01.07.${y + 1}`);
    expect(await mandateCount()).toBe(before);
    const on = await group(`${y + 1}-07-01`);
    expect(on.mandates.map((m) => m.id).sort()).toEqual(ten.map((m) => m.id).sort());
    expect(on.maxActive).toBe(10);
    // Ending on the day the tenth starts, it fits: never eleven on one day.
    ok(await create({ personId: await person(), startDate: `${y}-09-01`, endDate: `${y + 1}-07-01` }));
    // A change that would make eleven is refused too, and changes nothing.
    const moved = ten[9];
    const outsider = ok(
      await create({ personId: await person(), startDate: `${y + 4}-01-01` }),
    ).createMandate;
    const refusedMove = failure(
      await t.gql(
        UPDATE,
        { id: outsider.id, rev: outsider.revision, input: { startDate: `${y + 2}-01-01` } },
        steering,
      ),
    );
    expect(refusedMove.reason).toBe('TOO_MANY_MANDATES');
    expect(
      ok(
        await t.gql<{ mandate: Mandate }>(
          `query ($id: ID!) { mandate(id: $id) { ${MANDATE} } }`,
          { id: outsider.id },
          member,
        ),
      ).mandate,
    ).toMatchObject({ startDate: `${y + 4}-01-01`, revision: 1 });
    // The Papierkorb does not bring back an eleventh either.
    ok(await t.gql(DELETE, { id: moved.id }, steering));
    const replacement = ok(
      await create({ personId: await person(), startDate: `${y + 1}-07-01` }),
    ).createMandate;
    expect(failure(await t.gql(RESTORE, { id: moved.id }, steering)).reason).toBe('TOO_MANY_MANDATES');
    ok(await t.gql(DELETE, { id: replacement.id }, steering));
    ok(await t.gql(RESTORE, { id: moved.id }, steering));
  });

  it('lets only one of two concurrent creates take the tenth seat', async () => {
    const y = nextDecade();
    for (let i = 0; i < 9; i += 1) ok(await create({ personId: await person(), startDate: `${y}-05-01` }));
    const [a, b] = await Promise.all([
      create({ personId: await person(), startDate: `${y}-05-01` }),
      create({ personId: await person(), startDate: `${y}-05-01` }),
    ]);
    const outcomes = [a, b].map((r: GraphQLResponse<{ createMandate: Mandate }>) =>
      r.data?.createMandate ? 'created' : failure(r).reason,
    );
    expect(outcomes.sort()).toEqual(['TOO_MANY_MANDATES', 'created']);
    expect((await group(`${y}-05-01`)).mandates).toHaveLength(10);
  });

  it('lets members read and only the steering group write', async () => {
    const y = nextDecade();
    const holder = await person();
    const before = await mandateCount();
    const refusal = failure(await create({ personId: holder, startDate: `${y}-01-01` }, member));
    expect(refusal.code).toBe('FORBIDDEN');
    expect(await mandateCount()).toBe(before);
    const mandate = ok(await create({ personId: holder, startDate: `${y}-01-01` })).createMandate;
    expect(
      failure(await t.gql(UPDATE, { id: mandate.id, rev: 1, input: { kind: 'confirmed' } }, member)).code,
    ).toBe('FORBIDDEN');
    expect(failure(await t.gql(DELETE, { id: mandate.id }, member)).code).toBe('FORBIDDEN');
    expect((await group(`${y}-01-01`)).mandates.map((m) => m.id)).toEqual([mandate.id]);
    const admin = await t.tokenFor('admin');
    expect(
      ok(
        await t.gql<{ updateMandate: Mandate }>(
          UPDATE,
          { id: mandate.id, rev: 1, input: { kind: 'confirmed' } },
          admin,
        ),
      ).updateMandate.kind,
    ).toBe('confirmed');
  });

  it('lists confirmations due within 90 days and notifies the steering group once', async () => {
    const today = berlinToday();
    const holder = await person('Due Holder');
    // Ends in 30 days (a shortened term).
    const end = addDays(today, 30);
    const due = ok(
      await create({ personId: holder, startDate: addDays(today, -100), endDate: end }),
    ).createMandate;
    const farther = ok(
      await create({
        personId: await person(),
        startDate: addDays(today, -10),
        endDate: addDays(today, 120),
      }),
    ).createMandate;
    const listed = ok(
      await t.gql<{ dueMandateConfirmations: Mandate[] }>(DUE, {}, member),
    ).dueMandateConfirmations;
    expect(listed.map((m) => m.id)).toContain(due.id);
    expect(listed.map((m) => m.id)).not.toContain(farther.id);
    const notices = async (token: string) =>
      ok(
        await t.gql<{
          myNotifications: {
            edges: { node: { kind: string; mandateId: string; mandate: { personName: string } } }[];
          };
        }>(NOTIFICATIONS, {}, token),
      )
        .myNotifications.edges.map((e) => e.node)
        .filter((n) => n.mandateId === due.id);
    expect(await notices(steering)).toEqual([
      {
        kind: 'mandate_confirmation_due',
        mandateId: due.id,
        mandate: expect.objectContaining({ personName: 'Due Holder' }),
      },
    ]);
    expect(await notices(member)).toEqual([]);
    // A confirmation for the next term settles it; the notice is not sent twice.
    ok(await create({ personId: holder, startDate: end, kind: 'confirmed' }));
    const after = ok(
      await t.gql<{ dueMandateConfirmations: Mandate[] }>(DUE, {}, member),
    ).dueMandateConfirmations;
    expect(after.map((m) => m.id)).not.toContain(due.id);
    expect(await notices(steering)).toHaveLength(1);
  });
});
