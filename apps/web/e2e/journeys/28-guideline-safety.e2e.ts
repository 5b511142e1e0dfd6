import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, type Browser } from '../support/browser.ts';
import { createActor, unique } from '../support/data.ts';

const text = (page: Page) => page.locator('.guideline-text');

async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-sync="saved"]').waitFor({ timeout: 15_000 });
}

/** The names of this browser's offline copies of guidelines. */
function offlineCopies(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith('netzwerkstatt.guideline.')),
  );
}

describe('a guideline keeps people from losing work or following dead links', () => {
  let browser: Browser;
  let account: Account;
  let cookie: string;
  let path: string;
  let actorId: string;
  // One word, so the mention's query names exactly this actor.
  const actorName = `Ausländerbehörde${randomUUID().slice(0, 8)}`;

  before(async () => {
    account = await createAccount('steering', 'Dana Dauerhaft');
    actorId = await createActor(account, { name: actorName });
    cookie = await apiSignIn(account);
    const created = await gql<{ createGuideline: { id: string } }>(
      'mutation Create($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
      { input: { title: unique('Leitfaden Sicherheit') } },
      cookie,
    );
    path = `/leitfaeden/${created.createGuideline.id}`;
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  it('a mention of a thing moved to the Papierkorb shows struck through as „gelöscht“, not as a link', async () => {
    const { page } = browser;
    await signIn(page, account, `/anmelden?weiter=${encodeURIComponent(path)}`);
    await text(page).click();
    await page.keyboard.type(`Zuständig: @${actorName}`, { delay: 20 });
    await page.getByRole('option', { name: new RegExp(actorName) }).waitFor();
    await page.keyboard.press('Enter');
    await text(page)
      .locator('a.guideline-mention', { hasText: `@${actorName}` })
      .waitFor();
    await waitUntilSaved(page);

    await gql('mutation Delete($id: ID!) { deleteActor(id: $id) }', { id: actorId }, cookie);
    await page.reload();
    const deleted = text(page).locator('.guideline-mention--deleted', { hasText: `@${actorName}` });
    await deleted.waitFor({ timeout: 15_000 });
    assert.match((await deleted.textContent()) ?? '', /\(gelöscht\)$/);
    assert.equal(await deleted.evaluate((element) => element.tagName), 'SPAN');
    assert.equal(await text(page).locator('a.guideline-mention').count(), 0);
    await audit(page, 'guideline with a mention of a deleted actor');

    // Restored from the Papierkorb, it is a link again.
    await gql('mutation Restore($id: ID!) { restoreFromTrash(id: $id) { id } }', { id: actorId }, cookie);
    await page.reload();
    await text(page)
      .locator('a.guideline-mention', { hasText: `@${actorName}` })
      .waitFor({ timeout: 15_000 });
  });

  it('asks before leaving for another page while edits are not saved, and not once they are', async () => {
    const { page, context } = browser;
    await context.setOffline(true);
    await page.locator('[data-sync="offline"]').waitFor();
    await text(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Offline notiert.');
    await page.getByRole('link', { name: 'Akteure' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Änderungen noch nicht gespeichert' });
    await dialog.waitFor();
    await page.waitForTimeout(300);
    await audit(page, 'leaving with unsaved edits');
    await dialog.getByRole('button', { name: 'Bleiben' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).pathname, path);

    await context.setOffline(false);
    await waitUntilSaved(page);
    await page.getByRole('link', { name: 'Akteure' }).first().click();
    await page.waitForURL((url) => url.pathname === '/akteure');
    assert.equal(await page.getByRole('dialog').count(), 0);
  });

  it('signing out deletes the guidelines’ offline copies in this browser', async () => {
    const { page } = browser;
    await page.goto(path);
    await text(page).waitFor();
    await waitUntilSaved(page);
    assert.ok((await offlineCopies(page)).length > 0, 'the guideline has an offline copy');
    await page.getByRole('link', { name: 'Abmelden' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/anmelden'));
    // A copy the closing editor still held is deleted as soon as it lets go.
    await page.waitForFunction(
      async () =>
        (await indexedDB.databases()).every(
          (database) => !(database.name ?? '').startsWith('netzwerkstatt.guideline.'),
        ),
      undefined,
      { timeout: 10_000 },
    );
    assert.deepEqual(await offlineCopies(page), []);
  });
});
