import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { chooseFile, download, letterTag } from '../support/files.ts';

const HEADER = 'Name;Beschreibung;Website;E-Mail;Kategorien;Handlungsfelder;Regionen;Landesweit';

async function actorsTagged(cookie: string, tag: string): Promise<{ totalCount: number; names: string[] }> {
  const data = await gql<{ actors: { totalCount: number; edges: { node: { name: string } }[] } }>(
    'query ($text: String) { actors(first: 100, filter: { text: $text }) { totalCount edges { node { name } } } }',
    { text: tag },
    cookie,
  );
  return { totalCount: data.actors.totalCount, names: data.actors.edges.map((edge) => edge.node.name) };
}

describe('importing actors from a CSV file', () => {
  let browser: Browser;
  let member: Account;
  let cookie: string;

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
    cookie = await apiSignIn(member);
  });
  after(async () => browser?.close());

  it('offers the template with the German columns', async () => {
    const { page } = browser;
    await signIn(page, member);
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Akteure importieren' }).waitFor();
    await settle(page, 'import');
    const template = await download(page, page.getByRole('button', { name: 'Vorlage herunterladen' }));
    assert.equal(template.fileName, 'akteure-vorlage.csv');
    assert.ok(template.text.startsWith(`\uFEFF${HEADER}\r\n`));
    await page.getByRole('button', { name: 'Erlaubte Kategorien, Handlungsfelder und Regionen' }).click();
    await page.getByText('Migrantenorganisationen').first().waitFor();
    await audit(page, 'import with help open');
    await screenshot(page, 'import');
  });

  it('names the bad row of a file and imports nothing from it', async () => {
    const { page } = browser;
    const tag = letterTag();
    const csv = [
      HEADER,
      `Gut eins ${tag};"Beschreibung; mit Semikolon";https://a.example;a@example.org;Bildungsträger;Arbeitsmarkt;Harz;nein`,
      `Schlecht ${tag};;;keine-adresse;;;Atlantis;ja`,
      `Gut zwei ${tag};;;;;;;`,
    ].join('\r\n');
    await chooseFile(page, 'mit-fehler.csv', `\uFEFF${csv}\r\n`);

    await page.getByRole('heading', { name: 'Zeilen mit Fehlern: 1 von 3' }).waitFor();
    const report = await page
      .getByRole('region', { name: 'Probleme nach Zeile und Spalte der Datei' })
      .innerText();
    assert.match(report, /3\s+E-Mail\s+Die E-Mail-Adresse ist keine gültige E-Mail-Adresse\./);
    assert.match(report, /3\s+Regionen\s+Die Region „Atlantis“ gibt es nicht\./);
    assert.doesNotMatch(report, /^\s*[24]\s/m, 'the good rows are not reported');
    const preview = await page.getByRole('region', { name: 'Zeilen der Datei: 3' }).innerText();
    assert.match(preview, /3\s+✗ 2 Fehler\s+Schlecht/);
    assert.match(preview, /Beschreibung; mit Semikolon/);
    assert.equal(await page.getByRole('button', { name: /Alle importieren/ }).count(), 0);
    await settle(page, 'import with problems');
    await screenshot(page, 'import-problems');

    assert.equal((await actorsTagged(cookie, tag)).totalCount, 0);
  });

  it('checks a larger file chunk by chunk, then imports all of it at once', async () => {
    const { page } = browser;
    const tag = letterTag();
    const rows = Array.from(
      { length: 450 },
      (_, i) =>
        `Größere Datei ${tag} Nr. ${String(i + 1).padStart(3, '0')};Übersetzt „Zeugnisse“;;;IQ Angebote | Anerkennungsberatung;2;Börde, Magdeburg (Landeshauptstadt);${i % 2 ? 'ja' : ''}`,
    );
    await chooseFile(page, 'gross.csv', `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`);
    await page.getByRole('progressbar').waitFor();
    await page
      .getByRole('heading', { name: 'Alle Zeilen sind in Ordnung (450)' })
      .waitFor({ timeout: 30_000 });
    // Three chunks checked out of four steps; the last step is the import itself.
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '75');
    await audit(page, 'import ready');
    await screenshot(page, 'import-ready');

    await page.getByRole('button', { name: 'Alle importieren (450)' }).click();
    await page.getByRole('heading', { name: 'Importierte Akteure: 450' }).waitFor({ timeout: 60_000 });
    assert.equal(await page.getByRole('progressbar').getAttribute('aria-valuenow'), '100');
    await audit(page, 'import done');
    await screenshot(page, 'import-done');

    const stored = await actorsTagged(cookie, tag);
    assert.equal(stored.totalCount, 450);
    assert.ok(stored.names.includes(`Größere Datei ${tag} Nr. 001`));
  });

  it('reports problems in English to a person who chose English', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Import actors' }).waitFor();
    await chooseFile(page, 'wrong.csv', `${HEADER}\r\n;;;;Keine Kategorie;;;vielleicht\r\n`);
    await page.getByRole('heading', { name: 'Rows with problems: 1 of 1' }).waitFor();
    const report = await page
      .getByRole('region', { name: 'Problems by row and column of the file' })
      .innerText();
    assert.match(report, /2\s+Name\s+The name is required\./);
    assert.match(report, /2\s+Categories\s+There is no actor category "Keine Kategorie"/);
    assert.match(report, /2\s+Statewide\s+"Statewide" must be "ja" \(yes\) or "nein" \(no\)/);
    await settle(page, 'import in English');
    await screenshot(page, 'import-en');
  });
});
