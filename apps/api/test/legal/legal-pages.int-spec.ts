import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app.js';

const LEGAL_PAGE = `query ($key: LegalPageKey!) { legalPage(key: $key) { key textDe textEn isDefault updatedAt } }`;
const UPDATE = `mutation ($key: LegalPageKey!, $textDe: String!, $textEn: String!) {
  updateLegalPage(key: $key, textDe: $textDe, textEn: $textEn) { key textDe textEn isDefault updatedAt }
}`;

interface LegalPage {
  key: string;
  textDe: string;
  textEn: string;
  isDefault: boolean;
  updatedAt: string | null;
}

describe('legal pages (Impressum, Datenschutz, Barrierefreiheit)', () => {
  let t: TestApp;
  let admin: string;
  /** The pages as they were, so the spec leaves the operator's texts (or the placeholders) as it found them. */
  const before = new Map<string, LegalPage>();
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
    for (const key of ['imprint', 'privacy', 'accessibility']) {
      before.set(key, (await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key })).data!.legalPage);
    }
  });
  afterAll(async () => {
    for (const [key, page] of before) {
      if (page.isDefault) {
        await t.neo4j.write((tx) => tx.run('MATCH (p:LegalPage {key: $key}) DELETE p', { key }));
      } else {
        await t.gql(UPDATE, { key, textDe: page.textDe, textEn: page.textEn }, admin);
      }
    }
    await t.close();
  });

  it.each(['imprint', 'privacy', 'accessibility'])(
    'shows the %s page to anonymous visitors in both languages',
    async (key) => {
      const body = await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key });
      expect(body.errors).toBeUndefined();
      const page = body.data!.legalPage;
      expect(page.key).toBe(key);
      expect(page.textDe.trim()).not.toBe('');
      expect(page.textEn.trim()).not.toBe('');
      // Until the operator writes the text, the page says it is a placeholder.
      if (page.isDefault) {
        expect(page.textDe).toMatch(/Platzhalter/);
        expect(page.textEn).toMatch(/Placeholder/);
        expect(page.updatedAt).toBeNull();
      }
    },
  );

  it('lets an admin replace both texts; anonymous visitors then read exactly what was saved', async () => {
    const marker = randomUUID();
    const textDe = `# Angaben\n\nNetzwerk ${marker}\n\n- Straße 1\n- 39104 Magdeburg`;
    const textEn = `# Details\n\nNetwork ${marker}`;
    const saved = await t.gql<{ updateLegalPage: LegalPage }>(
      UPDATE,
      { key: 'imprint', textDe, textEn },
      admin,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateLegalPage).toMatchObject({ key: 'imprint', textDe, textEn, isDefault: false });

    const read = await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'imprint' });
    expect(read.data!.legalPage).toMatchObject({ textDe, textEn, isDefault: false });
    expect(Date.parse(read.data!.legalPage.updatedAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps one node per page however often it is saved', async () => {
    for (const n of [1, 2, 3]) {
      await t.gql(UPDATE, { key: 'accessibility', textDe: `Fassung ${n}`, textEn: `Version ${n}` }, admin);
    }
    const count = await t.neo4j.read((tx) =>
      tx.run('MATCH (p:LegalPage {key: $key}) RETURN count(p) AS n', { key: 'accessibility' }),
    );
    expect(count.records[0].get('n')).toBe(1);
    const read = await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'accessibility' });
    expect(read.data!.legalPage).toMatchObject({ textDe: 'Fassung 3', textEn: 'Version 3' });
  });

  it('stores HTML, script and Cypher-looking text verbatim (it is rendered as text, never as HTML)', async () => {
    const textDe = `<script>alert("x")</script> <img src=x onerror=alert(1)> ${randomUUID()}`;
    const textEn = `"}) MATCH (n) DETACH DELETE n //' ${randomUUID()}`;
    const saved = await t.gql<{ updateLegalPage: LegalPage }>(
      UPDATE,
      { key: 'privacy', textDe, textEn },
      admin,
    );
    expect(saved.data!.updateLegalPage).toMatchObject({ textDe, textEn });
    const read = await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'privacy' });
    expect(read.data!.legalPage).toMatchObject({ textDe, textEn });
  });

  describe('refuses bad input and changes nothing', () => {
    let unchanged: LegalPage;
    beforeEach(async () => {
      unchanged = (await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'imprint' })).data!.legalPage;
    });
    afterEach(async () => {
      const after = (await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'imprint' })).data!.legalPage;
      expect(after).toEqual(unchanged);
    });

    it.each([
      ['an empty German text', { textDe: '   ', textEn: 'ok' }, ['textDe'], 'REQUIRED'],
      ['an empty English text', { textDe: 'ok', textEn: '' }, ['textEn'], 'REQUIRED'],
      ['a text over 50,000 characters', { textDe: 'x'.repeat(50_001), textEn: 'ok' }, ['textDe'], 'TOO_LONG'],
    ])('%s', async (_label, texts, fields, reason) => {
      const body = await t.gql(UPDATE, { key: 'imprint', ...texts }, admin);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
      const issues = body.errors![0].extensions!.issues as {
        field: string;
        message: { de: string; en: string };
      }[];
      expect(issues.map((issue) => issue.field)).toEqual(fields);
      expect(issues[0].message.de).toMatch(/Text/);
    });

    it('an unknown page key or wrong types', async () => {
      for (const variables of [
        { key: 'impressum', textDe: 'a', textEn: 'b' },
        { key: 'imprint', textDe: 42, textEn: 'b' },
        { key: 'imprint', textDe: null, textEn: 'b' },
      ]) {
        const body = await t.gql(UPDATE, variables, admin);
        expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(body.data ?? null).toBeNull();
      }
      const unknown = await t.gql(LEGAL_PAGE, { key: 'terms' });
      expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('roles', () => {
    it('refuses anonymous updates with UNAUTHENTICATED', async () => {
      const body = await t.gql(UPDATE, { key: 'imprint', textDe: 'a', textEn: 'b' });
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it.each(['member', 'analyst', 'steering'] as const)(
      'refuses a %s with FORBIDDEN and keeps the text',
      async (role) => {
        const unchanged = (await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'imprint' })).data!
          .legalPage;
        const body = await t.gql(
          UPDATE,
          { key: 'imprint', textDe: 'gekapert', textEn: 'hijacked' },
          await t.tokenFor(role),
        );
        expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const after = (await t.gql<{ legalPage: LegalPage }>(LEGAL_PAGE, { key: 'imprint' })).data!.legalPage;
        expect(after).toEqual(unchanged);
      },
    );
  });
});
