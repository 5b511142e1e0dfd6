import { ACTION_FIELDS } from '@netzwerkstatt/domain';
import {
  actionFieldId,
  challengeNode,
  failure,
  graphTag,
  ok,
  relate,
  solutionNode,
} from '../support/factories-graph.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const COUNTS = `{
  actionFieldCounts {
    actionField { id key position categories { key } }
    challengeCount
    solutionApproachCount
  }
}`;

interface Row {
  actionField: { id: string; key: string; position: number; categories: { key: string }[] };
  challengeCount: number;
  solutionApproachCount: number;
}

describe('challenge and solution approach counts per action field', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
  });
  afterAll(() => t.close());

  async function counts(): Promise<Row[]> {
    return ok(await t.gql<{ actionFieldCounts: Row[] }>(COUNTS, {}, token)).actionFieldCounts;
  }

  const row = (rows: Row[], fieldId: string) => rows.find((r) => r.actionField.id === fieldId)!;

  it('has one row per action field along the process chain, with the field fully linked', async () => {
    const rows = await counts();
    expect(rows.map((r) => r.actionField.key)).toEqual(ACTION_FIELDS.map((f) => f.key));
    expect(rows.map((r) => r.actionField.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(rows.some((r) => r.actionField.categories.length > 0)).toBe(true);
  });

  it('counts challenges of the field, and each solution approach addressing them once', async () => {
    const tag = graphTag();
    const field = await actionFieldId(t, 'anerkennung');
    const other = await actionFieldId(t, 'arbeitsmarkt');
    const before = await counts();

    const c1 = await challengeNode(t, `Herausforderung eins ${tag}`, field);
    const c2 = await challengeNode(t, `Herausforderung zwei ${tag}`, field);
    const c3 = await challengeNode(t, `Herausforderung anderswo ${tag}`, other);
    const both = await solutionNode(t, `Ansatz für beide ${tag}`);
    const across = await solutionNode(t, `Ansatz über Felder ${tag}`);
    await solutionNode(t, `Ansatz ohne Herausforderung ${tag}`);
    await relate(t, 'ADDRESSES', [
      [both, c1],
      [both, c2],
      [across, c2],
      [across, c3],
    ]);

    const after = await counts();
    const delta = (fieldId: string, key: 'challengeCount' | 'solutionApproachCount') =>
      row(after, fieldId)[key] - row(before, fieldId)[key];
    expect(delta(field, 'challengeCount')).toBe(2);
    // "both" addresses two challenges of the field and still counts once; "across" counts in both fields.
    expect(delta(field, 'solutionApproachCount')).toBe(2);
    expect(delta(other, 'challengeCount')).toBe(1);
    expect(delta(other, 'solutionApproachCount')).toBe(1);
  });

  it('is computed in one database round trip', async () => {
    let before = t.neo4j.queryCount;
    ok(await t.gql('{ __typename }', {}, token));
    const signIn = t.neo4j.queryCount - before;
    before = t.neo4j.queryCount;
    await counts();
    expect(t.neo4j.queryCount - before - signIn).toBe(1);
  });

  it('refuses the counts without a session', async () => {
    expect(failure(await t.gql(COUNTS)).code).toBe('UNAUTHENTICATED');
  });
});
