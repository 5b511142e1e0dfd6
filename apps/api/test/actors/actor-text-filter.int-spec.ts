import { startTestApp, TestApp } from '../support/test-app.js';
import { createActor, ok, uniqueTag } from '../support/actors.js';

const LIST = `query ($filter: ActorFilterInput) {
  actors(first: 100, filter: $filter) { totalCount edges { node { name } } }
}`;

// The text filter asks the full-text index only for an actor's own fields (name, description); it must
// find what it found when it asked every field of the index: words in either field, one word in the
// name and another in the description, words inside compounds, a last word cut short.
describe('the actors text filter', () => {
  let t: TestApp;
  let token: string;
  const tag = uniqueTag();

  async function names(text: string): Promise<string[]> {
    const result = ok(
      await t.gql<{ actors: { totalCount: number; edges: { node: { name: string } }[] } }>(
        LIST,
        { filter: { text } },
        token,
      ),
    ).actors;
    expect(result.totalCount).toBe(result.edges.length);
    return result.edges.map((edge) => edge.node.name.replace(` ${tag}`, ''));
  }

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.tokenFor('member');
    const actors = [
      { name: 'Anerkennungsberatung' },
      { name: 'Treffpunkt', description: 'Wir bieten Migrationsberatung und Sprachkurse an.' },
      { name: 'Werkstatt', description: 'Beratung für Zugewanderte' },
      { name: 'Kammer', description: 'Berufsanerkennung' },
    ];
    for (const actor of actors) await createActor(t, token, { ...actor, name: `${actor.name} ${tag}` });
    // Other kinds with the words in their title or description are not actors and stay out.
    ok(
      await t.gql(
        'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
        {
          input: {
            title: `Beratung ${tag}`,
            description: 'Beratung',
            actionFieldId: await firstActionField(t, token),
          },
        },
        token,
      ),
    );
  });
  afterAll(() => t.close());

  it('finds a word in the name, in the description, or inside a compound of either', async () => {
    expect(await names(`Beratung ${tag}`)).toEqual(['Anerkennungsberatung', 'Treffpunkt', 'Werkstatt']);
    expect(await names(`${tag} Anerkennung`)).toEqual(['Anerkennungsberatung', 'Kammer']);
  });

  it('lets each word match in either field', async () => {
    expect(await names(`Zugewanderte ${tag}`)).toEqual(['Werkstatt']);
    expect(await names(`${tag} Sprachkurse Treffpunkt`)).toEqual(['Treffpunkt']);
  });

  it('matches the last word as a prefix, in the description too', async () => {
    expect(await names(`${tag} Zugewand`)).toEqual(['Werkstatt']);
    expect(await names(`${tag} Werk`)).toEqual(['Werkstatt']);
  });
});

async function firstActionField(t: TestApp, token: string): Promise<string> {
  const data = ok(await t.gql<{ actionFields: { id: string }[] }>('{ actionFields { id } }', {}, token));
  return data.actionFields[0].id;
}
