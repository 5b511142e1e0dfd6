import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseCsv } from '../../src/shared/csv/csv.ts';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { createActor, reference } from '../support/data.ts';
import { download, letterTag } from '../support/files.ts';

const ACTOR_HEADER = [
  'Name',
  'Beschreibung',
  'Website',
  'E-Mail',
  'Kategorien',
  'Handlungsfelder',
  'Regionen',
  'Landesweit',
  'Zuletzt geändert',
  'ID',
];

describe('exporting lists as CSV', () => {
  let browser: Browser;
  let member: Account;
  const tag = letterTag();
  const names = {
    umlauts: `Ärztekammer Süd ${tag}`,
    formula: `=HYPERLINK("http://evil.example";"klick") ${tag}`,
    plain: `Beratungsstelle ${tag}`,
  };

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
    const cookie = await apiSignIn(member);
    const { actionFields, regions } = await reference(cookie);
    const harz = regions.find((region) => region.key === 'harz')!;
    const boerde = regions.find((region) => region.key === 'boerde')!;
    await createActor(member, {
      name: names.umlauts,
      description: 'Zeile 1\nZeile 2; mit "Anführungszeichen"',
      actionFieldIds: [actionFields[1].id],
      categoryIds: [actionFields[1].categories[0].id],
      regionIds: [harz.id, boerde.id],
    });
    await createActor(member, { name: names.formula, description: '+49 391 000000' });
    await createActor(member, { name: names.plain });
    await gql(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { name: `Jana Beispiel ${tag}`, function: '-Beraterin', email: 'jana@example.org' } },
      cookie,
    );
  });
  after(async () => browser?.close());

  it('exports the filtered actor list, and the file says what the page shows', async () => {
    const { page } = browser;
    await signIn(page, member, '/akteure');
    await page.getByLabel('Name oder Beschreibung').fill(tag);
    const items = page.locator('main ul > li a[href^="/akteure/"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('main ul > li a[href^="/akteure/"]').length === n,
      3,
      { timeout: 15_000 },
    );
    await settle(page, 'actors filtered');
    const shown = (await items.allInnerTexts()).map((text) => text.trim());

    const file = await download(page, page.getByRole('button', { name: 'CSV exportieren' }));
    assert.match(file.fileName, /^akteure-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
    assert.ok(file.text.endsWith('\r\n'));
    assert.doesNotMatch(
      file.text.replace(/"[^"]*"/g, ''),
      /[^\r]\n/,
      'every line outside quotes ends in CRLF',
    );

    const [header, ...rows] = parseCsv(file.text).records.map((record) => record.cells);
    assert.deepEqual(header, ACTOR_HEADER);
    // The formula is neutralised with an apostrophe; without it, the names are exactly those on the page.
    const exported = rows.map((row) => row[0].replace(/^'(?=[=+\-@])/, ''));
    assert.deepEqual([...exported].sort(), [...shown].sort());
    assert.deepEqual([...exported].sort(), Object.values(names).sort());

    const formula = rows.find((row) => row[0].includes('HYPERLINK'))!;
    assert.equal(formula[0], `'${names.formula}`);
    assert.equal(formula[1], "'+49 391 000000");
    const umlauts = rows.find((row) => row[0] === names.umlauts)!;
    assert.equal(umlauts[1], 'Zeile 1\nZeile 2; mit "Anführungszeichen"');
    assert.equal(umlauts[6], 'Börde | Harz');
    assert.equal(umlauts[7], 'nein');
    await page.getByText('Heruntergeladen: CSV-Datei mit 3 Einträgen.').waitFor({ state: 'attached' });
    await screenshot(page, 'actors-export');
  });

  it('offers the export on every list', async () => {
    const { page } = browser;
    const lists: [string, string, string, string[]][] = [
      [
        '/personen',
        'Name oder Funktion',
        'ansprechpersonen',
        ['Name', 'Funktion', 'E-Mail', 'Telefon', 'Organisationen'],
      ],
      [
        '/herausforderungen',
        'Titel oder Beschreibung',
        'herausforderungen',
        ['Titel', 'Beschreibung', 'Status', 'Priorität'],
      ],
      [
        '/loesungsansaetze',
        'Titel oder Beschreibung',
        'loesungsansaetze',
        ['Titel', 'Beschreibung', 'Status', 'Herausforderungen'],
      ],
      [
        '/gute-praxis',
        'Titel oder Beschreibung',
        'gute-praxis',
        ['Titel', 'Beschreibung', 'Webadresse', 'Jahr'],
      ],
    ];
    for (const [path, filterLabel, fileBase, firstColumns] of lists) {
      await page.goto(path);
      await settle(page, path);
      await page.getByLabel(filterLabel).first().fill(tag);
      await page.waitForTimeout(400);
      const file = await download(page, page.getByRole('button', { name: 'CSV exportieren' }));
      assert.match(file.fileName, new RegExp(`^${fileBase}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const [header, ...rows] = parseCsv(file.text).records.map((record) => record.cells);
      assert.deepEqual(header.slice(0, firstColumns.length), firstColumns, path);
      if (path === '/personen') {
        assert.deepEqual(
          rows.map((row) => row.slice(0, 3)),
          [[`Jana Beispiel ${tag}`, "'-Beraterin", 'jana@example.org']],
        );
      } else {
        assert.deepEqual(rows, [], `${path}: nothing carries the tag`);
      }
    }
  });
});
