import {
  accountId,
  errorOf,
  historyOf,
  INJECTION,
  ok,
  referenceIds,
  SCRIPT,
  uniqueTag,
  type ReferenceIds,
} from '../support/actors.js';
import { startTestApp, TestApp } from '../support/test-app.js';

const CHECK = `query ($rows: [ActorImportRowInput!]!) {
  validateActorImport(rows: $rows) { rows validRows issues { line field reason messageDe messageEn } }
}`;
const IMPORT = `mutation ($rows: [ActorImportRowInput!]!) { importActors(rows: $rows) { imported actorIds } }`;
const ACTORS_NAMED = `query ($text: String) {
  actors(first: 100, filter: { text: $text }) {
    totalCount
    edges { node { id name description website email statewide categories { key } actionFields { key } regions { key } } }
  }
}`;

interface Row {
  line: number;
  name?: string | null;
  description?: string | null;
  website?: string | null;
  email?: string | null;
  categories?: string | null;
  actionFields?: string | null;
  regions?: string | null;
  statewide?: string | null;
}
interface Issue {
  line: number;
  field: string;
  reason: string;
  messageDe: string;
  messageEn: string;
}
interface Check {
  rows: number;
  validRows: number;
  issues: Issue[];
}
interface ActorNode {
  id: string;
  name: string;
  description: string | null;
  website: string | null;
  email: string | null;
  statewide: boolean;
  categories: { key: string }[];
  actionFields: { key: string }[];
  regions: { key: string }[];
}

describe('importing actors from a CSV file', () => {
  let t: TestApp;
  let member: string;
  let reference: ReferenceIds;
  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    reference = await referenceIds(t, member);
  });
  afterAll(() => t.close());

  async function actorsTagged(tag: string): Promise<ActorNode[]> {
    const data = ok(
      await t.gql<{ actors: { edges: { node: ActorNode }[] } }>(ACTORS_NAMED, { text: tag }, member),
    );
    return data.actors.edges.map((edge) => edge.node);
  }

  async function check(rows: Row[], token = member): Promise<Check> {
    return ok(await t.gql<{ validateActorImport: Check }>(CHECK, { rows }, token)).validateActorImport;
  }

  describe('access', () => {
    it('refuses anonymous checks and imports with UNAUTHENTICATED', async () => {
      const rows = [{ line: 2, name: `Anon ${uniqueTag()}` }];
      expect(errorOf(await t.gql(CHECK, { rows })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await t.gql(IMPORT, { rows })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('a valid file', () => {
    it('creates every row with its links, resolving names, keys and positions, and records history', async () => {
      const tag = uniqueTag();
      const rows: Row[] = [
        {
          line: 2,
          name: `Beratungsstelle Ärztekammer ${tag}`,
          description: 'Berät zur „Anerkennung“; Öffnungszeiten: Mo–Fr',
          website: 'https://example.org/beratung',
          email: 'kontakt@example.org',
          categories: 'Migrationsberatungsstellen | anerkennungsberatung',
          actionFields: 'Anerkennung ausländischer Bildungsabschlüsse, 3',
          regions: 'Harz|MAGDEBURG (Landeshauptstadt)',
          statewide: 'nein',
        },
        { line: 3, name: `Landesnetzwerk ${tag}`, actionFields: 'Residence and arrival', statewide: 'ja' },
        {
          line: 5,
          name: `Verein ${tag}`,
          categories: 'Kammern & AG-Verbände',
          regions: 'dessau-rosslau',
          statewide: 'x',
        },
      ];
      expect(await check(rows)).toEqual({ rows: 3, validRows: 3, issues: [] });

      const result = ok(
        await t.gql<{ importActors: { imported: number; actorIds: string[] } }>(IMPORT, { rows }, member),
      );
      expect(result.importActors.imported).toBe(3);
      expect(result.importActors.actorIds).toHaveLength(3);

      const byName = new Map((await actorsTagged(tag)).map((actor) => [actor.name, actor]));
      expect(byName.size).toBe(3);
      const first = byName.get(`Beratungsstelle Ärztekammer ${tag}`)!;
      expect(first).toMatchObject({
        description: 'Berät zur „Anerkennung“; Öffnungszeiten: Mo–Fr',
        website: 'https://example.org/beratung',
        email: 'kontakt@example.org',
        statewide: false,
      });
      expect(first.categories.map((c) => c.key).sort()).toEqual([
        'anerkennungsberatung',
        'migrationsberatung',
      ]);
      expect(first.actionFields.map((f) => f.key).sort()).toEqual(['anerkennung', 'arbeitsmarkt']);
      expect(first.regions.map((r) => r.key).sort()).toEqual(['harz', 'magdeburg']);
      expect(byName.get(`Landesnetzwerk ${tag}`)).toMatchObject({
        statewide: true,
        actionFields: [{ key: 'aufenthalt-ankommen' }],
        description: null,
        website: null,
      });
      expect(byName.get(`Verein ${tag}`)).toMatchObject({
        statewide: true,
        categories: [{ key: 'kammern-ag-verbaende' }],
        regions: [{ key: 'dessau-rosslau' }],
      });

      // The same history as createActor writes, in the importing person's name.
      const history = await historyOf(t, member, first.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: 'create', userId: await accountId(t, member) });
      expect(history[0].changes.name).toEqual({ from: null, to: first.name });
      expect((history[0].changes.regionIds.to as string[]).sort()).toEqual(
        [reference.regions.harz, reference.regions.magdeburg].sort(),
      );
    });

    it('stores HTML, script and Cypher-looking cells verbatim', async () => {
      const tag = uniqueTag();
      const rows = [{ line: 2, name: `${SCRIPT} ${tag}`, description: INJECTION }];
      ok(await t.gql(IMPORT, { rows }, member));
      expect(await actorsTagged(tag)).toEqual([
        expect.objectContaining({ name: `${SCRIPT} ${tag}`, description: INJECTION }),
      ]);
    });
  });

  describe('all or nothing', () => {
    it('names the one bad row, and imports none of the good ones', async () => {
      const tag = uniqueTag();
      const rows: Row[] = [
        { line: 2, name: `Gut eins ${tag}` },
        { line: 3, name: `Schlecht ${tag}`, email: 'keine-adresse', regions: 'Atlantis' },
        { line: 4, name: `Gut zwei ${tag}` },
      ];
      const checked = await check(rows);
      expect(checked.rows).toBe(3);
      expect(checked.validRows).toBe(2);
      expect(checked.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
        [3, 'email', 'INVALID_EMAIL'],
        [3, 'regions', 'UNKNOWN_REGION'],
      ]);
      expect(checked.issues[1].messageDe).toBe(
        'Die Region „Atlantis“ gibt es nicht. Bitte Namen oder Schlüssel verwenden, getrennt durch „|“ oder „,“.',
      );
      expect(checked.issues[1].messageEn).toMatch(/There is no region "Atlantis"/);

      const failed = errorOf(await t.gql(IMPORT, { rows }, member));
      expect(failed).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'IMPORT_REJECTED',
        fields: ['rows.3.email', 'rows.3.regions'],
      });
      expect(failed.messages!.de).toMatch(
        /^Eine Zeile enthält Fehler; es wurde nichts importiert\. Zeile 3: /,
      );
      expect(failed.messages!.en).toMatch(/^One row has problems; nothing was imported\. Row 3: /);
      expect(await actorsTagged(tag)).toEqual([]);
    });

    it('refuses a name an actor already has, and one that appears twice in the file', async () => {
      const tag = uniqueTag();
      ok(await t.gql(IMPORT, { rows: [{ line: 2, name: `Vorhanden ${tag}` }] }, member));
      const rows: Row[] = [
        { line: 2, name: `Neu ${tag}` },
        { line: 3, name: `  vorhanden   ${tag}` },
        { line: 4, name: `Doppelt ${tag}` },
        { line: 7, name: `DOPPELT ${tag}` },
      ];
      const checked = await check(rows);
      expect(checked.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
        [3, 'name', 'DUPLICATE_NAME'],
        [7, 'name', 'DUPLICATE_IN_FILE'],
      ]);
      expect(checked.issues[1].messageDe).toBe(
        `Der Name „DOPPELT ${tag}“ steht schon in Zeile 4 dieser Datei.`,
      );
      expect(errorOf(await t.gql(IMPORT, { rows }, member)).fields).toEqual(['rows.3.name', 'rows.7.name']);
      expect((await actorsTagged(tag)).map((a) => a.name)).toEqual([`Vorhanden ${tag}`]);
    });

    it('checks the names again when importing: a name taken since the check stops the whole file', async () => {
      const tag = uniqueTag();
      const rows: Row[] = [
        { line: 2, name: `Erste ${tag}` },
        { line: 3, name: `Zweite ${tag}` },
      ];
      expect((await check(rows)).issues).toEqual([]);
      ok(await t.gql(IMPORT, { rows: [{ line: 2, name: `Zweite ${tag}` }] }, member));
      expect(errorOf(await t.gql(IMPORT, { rows }, member)).fields).toEqual(['rows.3.name']);
      expect((await actorsTagged(tag)).map((a) => a.name)).toEqual([`Zweite ${tag}`]);
    });
  });

  describe('bad input', () => {
    it('lists each problem of each row with the line and column', async () => {
      const tag = uniqueTag();
      const rows: Row[] = [
        { line: 2, name: '   ', website: 'ftp://example.org' },
        { line: 3, name: `${tag} ${'x'.repeat(200)}`, statewide: 'vielleicht' },
        { line: 4, name: `Ok ${tag}`, categories: 'Keine Kategorie|Bildungsträger', actionFields: '10' },
        { line: 5, name: `Lang ${tag}`, description: 'y'.repeat(10_001) },
      ];
      const checked = await check(rows);
      expect(checked.validRows).toBe(0);
      expect(checked.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
        [2, 'name', 'REQUIRED'],
        [2, 'website', 'INVALID_URL'],
        [3, 'name', 'TOO_LONG'],
        [3, 'statewide', 'NOT_BOOLEAN'],
        [4, 'categories', 'UNKNOWN_CATEGORY'],
        [4, 'actionFields', 'UNKNOWN_ACTION_FIELD'],
        [5, 'description', 'TOO_LONG'],
      ]);
      expect(checked.issues[0].messageDe).toBe('Der Name ist erforderlich.');
      expect(checked.issues[3].messageDe).toBe(
        '„Landesweit“ muss „ja“ oder „nein“ sein, nicht „vielleicht“.',
      );
      expect(errorOf(await t.gql(IMPORT, { rows }, member)).code).toBe('BAD_USER_INPUT');
      expect(await actorsTagged(tag)).toEqual([]);
    });

    it('refuses an empty file and too many rows', async () => {
      expect(errorOf(await t.gql(CHECK, { rows: [] }, member))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EMPTY',
      });
      expect(errorOf(await t.gql(IMPORT, { rows: [] }, member))).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'EMPTY',
      });
      const many = (n: number) =>
        Array.from({ length: n }, (_, i) => ({ line: i + 2, name: `Zu viele ${i}` }));
      expect(errorOf(await t.gql(CHECK, { rows: many(501) }, member))).toMatchObject({
        reason: 'TOO_MANY_ROWS',
      });
      // About 200 kB: above Express's default body limit, so this also proves the raised limit.
      const refused = errorOf(await t.gql(IMPORT, { rows: many(5_001) }, member));
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROWS' });
      expect(refused.messages!.de).toBe('Höchstens 5.000 Zeilen auf einmal (jetzt 5.001).');
    });

    it('refuses wrong types through the schema', async () => {
      for (const rows of [
        [{ line: 'zwei', name: 'x' }],
        [{ line: 2, name: 42 }],
        [{ name: 'ohne Zeile' }],
        'keine Liste',
      ]) {
        const body = await t.gql(IMPORT, { rows }, member);
        expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(body.data ?? null).toBeNull();
      }
    });
  });

  it('imports 2,000 rows in one transaction (timing printed)', async () => {
    const tag = uniqueTag();
    const rows: Row[] = Array.from({ length: 2_000 }, (_, i) => ({
      line: i + 2,
      name: `Massenimport ${tag} ${String(i).padStart(4, '0')}`,
      description: 'Beschreibung mit Umlauten: äöüß',
      categories: 'Bildungsträger',
      actionFields: 'lebenslanges-lernen|7',
      regions: i % 2 ? 'Harz' : 'Saalekreis',
    }));
    let started = performance.now();
    for (let i = 0; i < rows.length; i += 200)
      expect((await check(rows.slice(i, i + 200))).issues).toEqual([]);
    const checkMs = performance.now() - started;
    started = performance.now();
    const result = ok(await t.gql<{ importActors: { imported: number } }>(IMPORT, { rows }, member));
    const importMs = performance.now() - started;
    expect(result.importActors.imported).toBe(2_000);
    const total = ok(
      await t.gql<{ actors: { totalCount: number } }>(
        `query ($text: String) { actors(filter: { text: $text }) { totalCount } }`,
        { text: tag },
        member,
      ),
    );
    expect(total.actors.totalCount).toBe(2_000);
    console.log(
      `actor import of 2,000 rows: check in 10 chunks ${Math.round(checkMs)} ms, import ${Math.round(importMs)} ms`,
    );
  });
});
