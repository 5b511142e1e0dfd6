import * as Y from 'yjs';
import { accountIdOf, actorNode, challengeNode, failure, graphTag, ok } from '../support/factories-graph.js';
import { DELETE_ACTOR } from '../support/write-path.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { editor, newGuideline, paragraph, synced, until, type Editor } from './collab-clients.js';

const MENTIONED_IN = `query ($actor: ID!, $challenge: ID!) {
  actor(id: $actor) { mentionedIn { id title editable } }
  challenge(id: $challenge) { mentionedIn { id } }
}`;

function mention(id: string, entityType: string, label: string): Y.XmlElement {
  const node = new Y.XmlElement('mention');
  node.setAttribute('id', id);
  node.setAttribute('entityType', entityType);
  node.setAttribute('label', label);
  return node;
}

describe('what the text of a guideline adds to the graph', () => {
  let t: TestApp;
  let member: string;
  let client: Editor;
  const tag = graphTag();

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
  });
  afterEach(() => client?.destroy());
  afterAll(() => t.close());

  async function mentionsOf(guidelineId: string): Promise<string[]> {
    const result = await t.neo4j.read((tx) =>
      tx.run('MATCH (:Guideline {id: $id})-[:MENTIONS]->(e) RETURN e.id AS id ORDER BY id', {
        id: guidelineId,
      }),
    );
    return result.records.map((record) => record.get('id') as string);
  }

  it('a mention becomes a MENTIONS edge when the document is stored, and its removal deletes the edge', async () => {
    const actor = await actorNode(t, `WelcomeCenter ${tag}`);
    const challenge = await challengeNode(t, `Anerkennung ${tag}`, null);
    const id = await newGuideline(t, member, `Leitfaden ${tag}`);
    client = editor(t, id, member);
    await synced(client);
    const text = paragraph(client.doc);
    text.insert(0, 'Sprechen Sie mit ');
    const p = client.doc.getXmlFragment('default').get(0) as Y.XmlElement;
    p.insert(1, [
      mention(actor, 'Actor', 'WelcomeCenter'),
      new Y.XmlText(' über '),
      mention(challenge, 'Challenge', 'Anerkennung'),
    ]);
    p.insert(4, [mention('00000000-0000-0000-0000-000000000000', 'Actor', 'Unbekannt')]);
    await until(async () => (await mentionsOf(id)).length === 2, 30_000, 'the MENTIONS edges');
    expect(await mentionsOf(id)).toEqual([actor, challenge].sort());

    const shown = ok(
      await t.gql<Record<string, { mentionedIn: { id: string }[] }>>(
        MENTIONED_IN,
        { actor, challenge },
        member,
      ),
    );
    expect(shown.actor.mentionedIn).toEqual([{ id, title: `Leitfaden ${tag}`, editable: true }]);
    expect(shown.challenge.mentionedIn).toEqual([{ id }]);

    p.delete(1, 1);
    await until(async () => (await mentionsOf(id)).length === 1, 30_000, 'the removed edge');
    expect(await mentionsOf(id)).toEqual([challenge]);
  });

  it('the stored text is the guideline’s bodyText, found by the search box, and its writers are recorded', async () => {
    const id = await newGuideline(t, member, `Leitfaden ${tag} Suche`);
    client = editor(t, id, member);
    await synced(client);
    paragraph(client.doc).insert(0, `Die Anerkennungsberatung ${tag}wort hilft Fachkräften`);
    const body = await until(
      async () => {
        const answer = ok(
          await t.gql<{ guideline: { bodyText: string | null } }>(
            'query ($id: ID!) { guideline(id: $id) { bodyText } }',
            { id },
            member,
          ),
        );
        return answer.guideline.bodyText;
      },
      30_000,
      'bodyText',
    );
    expect(body).toBe(`Die Anerkennungsberatung ${tag}wort hilft Fachkräften`);

    // The full-text index may show a committed change a moment later on a busy machine.
    const hits = await until(
      async () => {
        const found = ok(
          await t.gql<{ search: { id: string; type: string; snippet: string | null }[] }>(
            'query ($text: String!) { search(text: $text) { id type snippet } }',
            { text: `${tag}wort` },
            member,
          ),
        ).search;
        return found.length > 0 ? found : undefined;
      },
      30_000,
      'search hit',
    );
    expect(hits).toEqual([{ id, type: 'Guideline', snippet: expect.stringContaining(`${tag}wort`) }]);

    const userId = await accountIdOf(t, member);
    const editors = await t.neo4j.read((tx) =>
      tx.run('MATCH (u:User)-[:EDITED]->(:Guideline {id: $id}) RETURN u.id AS id', { id }),
    );
    expect(editors.records.map((record) => record.get('id'))).toEqual([userId]);
  });

  it('names the mentioned things that are in the Papierkorb or gone, so their mentions show as deleted', async () => {
    const live = await challengeNode(t, `Bleibt ${tag}`, null);
    const trashed = await actorNode(t, `Geht ${tag}`);
    const unknown = '00000000-0000-0000-0000-00000000dead';
    ok(await t.gql(DELETE_ACTOR, { id: trashed }, await t.tokenFor('steering')));
    const MISSING = 'query ($ids: [ID!]!) { missingMentions(ids: $ids) }';

    const answer = ok(
      await t.gql<{ missingMentions: string[] }>(MISSING, { ids: [live, trashed, unknown, trashed] }, member),
    );
    expect(answer.missingMentions).toEqual([trashed, unknown].sort());
    expect(
      ok(await t.gql<{ missingMentions: string[] }>(MISSING, { ids: [] }, member)).missingMentions,
    ).toEqual([]);

    const tooMany = failure(
      await t.gql(MISSING, { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) }, member),
    );
    expect(tooMany.code).toBe('BAD_USER_INPUT');
    expect(tooMany.fields).toEqual(['ids']);
  });
});
