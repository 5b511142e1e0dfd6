import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, gql, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { reference, unique } from '../support/data.ts';

async function signInAs(page: Page, account: Account, startPath: string): Promise<void> {
  await page.goto(startPath);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await settle(page, 'sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(account.email);
  await page.getByLabel(/^Passwort/).fill(account.password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
  await settle(page);
}

const titleInput = (page: Page) => page.getByRole('textbox', { name: /^Titel/ });
const descriptionInput = (page: Page) => page.getByRole('textbox', { name: /^Beschreibung/ });

describe('two people edit the same challenge; nothing anyone typed is lost', () => {
  let anna: Browser;
  let ben: Browser;
  let annaAccount: Account;
  let benAccount: Account;
  let challengeId: string;
  const original = unique('Wohnraum für Auszubildende');
  const annasTitle = unique('Wohnraum für Azubis in Magdeburg');
  const bensTitle = unique('Azubi-Wohnen');
  const bensDescription = 'Ben: Wohnheimplätze fehlen vor allem in der Börde.';

  before(async () => {
    [annaAccount, benAccount] = await Promise.all([
      createAccount('member', 'Anna Aktiv'),
      createAccount('member', 'Ben Bedacht'),
    ]);
    const cookie = await apiSignIn(annaAccount);
    const { actionFields } = await reference(cookie);
    const created = await gql<{ createChallenge: { id: string } }>(
      'mutation Create($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
      {
        input: {
          title: original,
          description: 'Ursprüngliche Beschreibung.',
          actionFieldId: actionFields[0].id,
        },
      },
      cookie,
    );
    challengeId = created.createChallenge.id;
    anna = await openBrowser();
    ben = await openBrowser();
  });
  after(async () => {
    await anna?.close();
    await ben?.close();
  });

  it('asks the second to save per field, and keeps what each chose', async () => {
    const editPath = `/herausforderungen/${challengeId}/bearbeiten`;
    await signInAs(anna.page, annaAccount, `/anmelden?weiter=${encodeURIComponent(editPath)}`);
    await signInAs(ben.page, benAccount, `/anmelden?weiter=${encodeURIComponent(editPath)}`);
    await titleInput(anna.page).waitFor();
    await titleInput(ben.page).waitFor();

    // Anna saves first.
    await titleInput(anna.page).fill(annasTitle);
    await anna.page.getByRole('button', { name: 'Speichern' }).click();
    await anna.page.getByRole('heading', { level: 1, name: annasTitle }).waitFor();

    // Ben, still on the copy he loaded, changes title and description and saves.
    await titleInput(ben.page).fill(bensTitle);
    await descriptionInput(ben.page).fill(bensDescription);
    await ben.page.getByRole('button', { name: 'Speichern' }).click();
    const dialog = ben.page.getByRole('dialog', { name: 'Inzwischen geändert' });
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /Anna Aktiv hat diesen Eintrag am/);
    const titleChoice = dialog.getByRole('radiogroup', { name: 'Titel' });
    const descriptionChoice = dialog.getByRole('radiogroup', { name: 'Beschreibung' });
    assert.match(await titleChoice.innerText(), new RegExp(annasTitle));
    assert.match(await titleChoice.innerText(), new RegExp(bensTitle));
    // Both changed fields start on Ben's own version.
    assert.equal(await titleChoice.getByRole('radio', { name: 'Meine Fassung' }).isChecked(), true);
    assert.equal(await descriptionChoice.getByRole('radio', { name: 'Meine Fassung' }).isChecked(), true);
    await audit(ben.page, 'conflict dialog');
    await screenshot(ben.page, 'conflict-dialog');

    // Ben keeps Anna's title and his description.
    await titleChoice.getByRole('radio', { name: 'Fassung von Anna Aktiv' }).check();
    await dialog.getByRole('button', { name: 'Auswahl ins Formular übernehmen' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await titleInput(ben.page).inputValue(), annasTitle);
    assert.equal(await descriptionInput(ben.page).inputValue(), bensDescription);
    await ben.page.getByText('Ihre Auswahl steht jetzt im Formular.').waitFor();
    await ben.page.getByRole('button', { name: 'Speichern' }).click();
    await ben.page.getByRole('heading', { level: 1, name: annasTitle }).waitFor();
    await settle(ben.page, 'challenge after the merge');
    assert.match(await ben.page.locator('main').innerText(), new RegExp(bensDescription));

    // Anna sees the same.
    await anna.page.reload();
    await anna.page.getByRole('heading', { level: 1, name: annasTitle }).waitFor();
    assert.match(await anna.page.locator('main').innerText(), new RegExp(bensDescription));
  });

  it('shows old and new values in the history and restores an earlier one', async () => {
    const { page } = anna;
    await settle(page, 'challenge with history');
    const history = page.getByRole('region', { name: 'Änderungen' });
    const titleChange = history.locator('[data-field="title"]').first();
    await titleChange.waitFor();
    assert.match(await titleChange.innerText(), new RegExp(`vorher:\\s*${original}`));
    assert.match(await titleChange.innerText(), new RegExp(`nachher:\\s*${annasTitle}`));
    await screenshot(page, 'history-values');
    await titleChange.getByRole('button', { name: 'Diesen Wert wiederherstellen' }).first().click();
    await history.getByRole('status').getByText('„Titel“ hat wieder den früheren Wert.').waitFor();
    await page.getByRole('heading', { level: 1, name: original }).waitFor();
    await settle(page, 'challenge after restoring a value');
  });

  it('keeps what was typed when the session ends, and saves it after signing in again', async () => {
    const { page } = ben;
    const editPath = `/herausforderungen/${challengeId}/bearbeiten`;
    await page.goto(editPath);
    await descriptionInput(page).waitFor();
    await settle(page, 'edit form');
    const typed = 'Ben, nach der Pause: Auch Pendelwege sind ein Thema.';
    await descriptionInput(page).fill(typed);
    // The session ends elsewhere.
    const response = await page.request.post('/graphql', { data: { query: 'mutation { signOut }' } });
    assert.equal(response.ok(), true);
    await page
      .getByRole('button', { name: 'Speichern' })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    await page.waitForURL(/\/anmelden\?weiter=/);
    await page.getByLabel('E-Mail-Adresse').fill(benAccount.email);
    await page.getByLabel(/^Passwort/).fill(benAccount.password);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.waitForURL((url) => url.pathname === editPath);
    await page.getByText(/Ihre Eingaben von .* sind wiederhergestellt/).waitFor();
    assert.equal(await descriptionInput(page).inputValue(), typed);
    await settle(page, 'edit form with restored values');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { level: 1, name: original }).waitFor();
    assert.match(await page.locator('main').innerText(), new RegExp(typed));
  });

  it('moves a deleted challenge to the Papierkorb, from where it comes back', async () => {
    const { page } = anna;
    await page.goto(`/herausforderungen/${challengeId}`);
    await page.getByRole('heading', { level: 1, name: original }).waitFor();
    await settle(page, 'challenge before delete');
    await page.getByRole('button', { name: 'Löschen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Wirklich löschen?' });
    assert.match(await confirm.innerText(), /für 30 Tage in den Papierkorb/);
    await confirm.getByRole('button', { name: 'Löschen' }).click();
    await page.waitForURL((url) => url.pathname === '/herausforderungen');

    await page.getByRole('link', { name: 'Papierkorb' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Papierkorb' }).waitFor();
    await settle(page, 'Papierkorb');
    const row = page.getByRole('row', { name: new RegExp(original) });
    assert.match(await row.innerText(), /Herausforderung/);
    assert.match(await row.innerText(), /Anna Aktiv/);
    // Deleting for good is for the steering group.
    assert.equal(await page.getByRole('button', { name: /endgültig löschen/ }).count(), 0);
    await screenshot(page, 'papierkorb');
    await row.getByRole('button', { name: `„${original}“ wiederherstellen` }).click();
    const ask = page.getByRole('dialog', { name: 'Wiederherstellen?' });
    await audit(page, 'restore confirmation');
    await ask.getByRole('button', { name: 'Wiederherstellen' }).click();
    await page.getByRole('status').getByText(`„${original}“ ist wiederhergestellt.`).waitFor();
    await page.getByRole('link', { name: 'Zum Eintrag' }).click();
    await page.getByRole('heading', { level: 1, name: original }).waitFor();
    await settle(page, 'restored challenge');
    assert.match(await page.locator('main').innerText(), /Pendelwege/);
  });
});
