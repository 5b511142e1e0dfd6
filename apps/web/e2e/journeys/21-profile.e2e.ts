import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseCsv } from '../../src/shared/csv/csv.ts';
import { apiSignIn, createAccount, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, visit, type Browser } from '../support/browser.ts';
import { createActor, unique } from '../support/data.ts';
import { download } from '../support/files.ts';

describe('my profile: language, password, my data, deleting my account', () => {
  let browser: Browser;
  let member: Account;
  let actorId: string;
  const actorName = unique('Profil-Testakteur');

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
    // Something the member did, so "my data" has a change and the history a name to lose.
    actorId = await createActor(member, { name: actorName });
  });
  after(async () => browser?.close());

  it('opens the profile from the account links and keeps the chosen language', async () => {
    const { page } = browser;
    await signIn(page, member);
    await page.getByRole('link', { name: 'Profil', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    await settle(page, 'profile');
    assert.match(await page.locator('main').innerText(), new RegExp(member.email.replace(/[.]/g, '\\.')));
    await screenshot(page, 'profile');

    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await visit(page, '/profil');
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'English' }).isChecked(), true);
    await audit(page, 'profile in English');
    await screenshot(page, 'profile-en');
    await page.getByRole('radio', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
  });

  it('changes the password after checking the current one', async () => {
    const { page } = browser;
    const next = `neu-${member.password}`;
    await page.getByLabel('Aktuelles Passwort', { exact: false }).fill('falsches-passwort-123');
    await page.getByLabel('Neues Passwort', { exact: false }).first().fill(next);
    await page.getByLabel('Neues Passwort wiederholen', { exact: false }).fill(next);
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Das Passwort ist nicht richtig.').first().waitFor();
    await audit(page, 'profile with a password error');

    await page.getByLabel('Aktuelles Passwort', { exact: false }).fill(member.password);
    await page.getByRole('button', { name: 'Passwort ändern' }).click();
    await page.getByText('Ihr Passwort wurde geändert.', { exact: false }).waitFor();
    await assert.rejects(apiSignIn(member));
    member = { ...member, password: next };
    await apiSignIn(member);
  });

  it('downloads everything stored about me as JSON and as CSV', async () => {
    const { page } = browser;
    const json = await download(page, page.getByRole('button', { name: 'Als JSON herunterladen' }));
    assert.match(json.fileName, /^meine-daten-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(json.text) as {
      account: { email: string; displayName: string; role: string };
      sessions: { kind: string }[];
      changes: { entityId: string; entityType: string; action: string; changes: { name?: { to: string } } }[];
    };
    assert.equal(data.account.email, member.email);
    assert.equal(data.account.role, 'member');
    assert.ok(data.sessions.length >= 1);
    const created = data.changes.find((change) => change.entityId === actorId);
    assert.deepEqual(
      [created?.entityType, created?.action, created?.changes.name?.to],
      ['Actor', 'create', actorName],
    );
    assert.doesNotMatch(json.text, /passwordHash|argon2/i);
    await page.getByText(/Heruntergeladen: Ihr Konto, dazu Anmeldungen: \d+, Änderungen: \d+\./).waitFor();

    const csv = await download(page, page.getByRole('button', { name: 'Als CSV herunterladen' }));
    assert.match(csv.fileName, /^meine-daten-\d{4}-\d{2}-\d{2}\.csv$/);
    assert.ok(csv.text.startsWith('\uFEFFBereich;Eintrag;Feld;Wert\r\n'), 'BOM, German header, CRLF');
    const rows = parseCsv(csv.text).records.map((record) => record.cells);
    assert.ok(rows.some((row) => row.join('|') === `Konto|1|email|${member.email}`));
    const changeEntry = rows.find(
      (row) => row[0] === 'Änderungen' && row[2] === 'entityId' && row[3] === actorId,
    )?.[1];
    assert.ok(changeEntry, 'the change to my actor is in the CSV');
    assert.ok(
      rows.some(
        (row) =>
          row[0] === 'Änderungen' &&
          row[1] === changeEntry &&
          row[2] === 'changes.name.to' &&
          row[3] === actorName,
      ),
    );
    assert.doesNotMatch(csv.text, /passwordHash/);
  });

  it('deletes my account after asking for the password; my edits stay as by a former member', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Konto löschen …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Konto wirklich löschen?' });
    await dialog.waitFor();
    await dialog.getByLabel('Passwort', { exact: false }).fill('nicht-mein-passwort');
    await dialog.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await dialog.getByText('Das Passwort ist nicht richtig.').first().waitFor();
    await audit(page, 'delete account dialog');
    await screenshot(page, 'profile-delete-dialog');

    await dialog.getByLabel('Passwort', { exact: false }).fill(member.password);
    await dialog.getByRole('button', { name: 'Konto endgültig löschen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ihr Konto wurde gelöscht' }).waitFor();
    await settle(page, 'account deleted');
    await screenshot(page, 'account-deleted');

    await visit(page, '/profil');
    assert.equal(new URL(page.url()).pathname, '/anmelden');
    await assert.rejects(apiSignIn(member));

    const other = await createAccount('member');
    await signIn(page, other, `/akteure/${actorId}`);
    await page.getByRole('heading', { level: 1, name: actorName }).waitFor();
    await page.getByText('ehemaliges Mitglied').first().waitFor();
  });
});
