import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { createActor, reference, unique } from '../support/data.ts';

describe('an actor: create it, place it, find it', () => {
  let browser: Browser;
  let member: Account;
  const name = unique('Anerkennungsberatung Börde');

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
  });
  after(async () => browser?.close());

  it('creates an actor in an action field and a region, checking the form as one types', async () => {
    const { page } = browser;
    await signIn(page, member);
    await page.getByRole('link', { name: 'Akteure', exact: true }).click();
    await settle(page, 'actor directory');
    await page.getByRole('link', { name: 'Akteur anlegen' }).click();
    await settle(page, 'new actor form');

    await page.getByLabel('Webseite').fill('www.ohne-protokoll.example');
    await page.getByText('Bitte eine Webadresse eingeben, die mit http:// oder https:// beginnt.').waitFor();
    await page.getByLabel('Webseite').fill('https://anerkennung.example');
    await page.getByText('Bitte eine Webadresse eingeben').waitFor({ state: 'detached' });

    await page.getByLabel('Name', { exact: false }).first().fill(name);
    await page
      .getByLabel('Beschreibung')
      .fill('Berät zur Anerkennung ausländischer Berufsabschlüsse. <script>alert(1)</script>');
    await page.getByRole('combobox', { name: 'Handlungsfelder' }).click();
    await page.getByRole('option', { name: /^2\. Anerkennung/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: 'Regionen' }).click();
    await page.getByRole('option', { name: 'Börde' }).click();
    await page.keyboard.press('Escape');
    await audit(page);
    await screenshot(page, 'actor-form');
    await page.getByRole('button', { name: 'Anlegen' }).click();

    await page.getByRole('heading', { level: 1, name }).waitFor();
    await settle(page, 'actor page');
    const aside = await page.locator('main').innerText();
    assert.match(aside, /2\. Anerkennung/);
    assert.match(aside, /Börde/);
    // Stored and shown verbatim, never executed.
    assert.match(aside, /<script>alert\(1\)<\/script>/);
    await screenshot(page, 'actor-page');
  });

  it('finds the actor through the global search (Strg+K)', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await settle(page, 'home');
    await page.keyboard.press('Control+K');
    const input = page.getByRole('combobox', { name: 'Suchbegriff' });
    await input.waitFor();
    // The full-text index catches up within moments; type again until the hit appears.
    const hit = page.getByRole('option', { name: new RegExp(name.split(' ').pop() ?? name) });
    for (let attempt = 0; attempt < 10; attempt++) {
      await input.fill(name);
      // isVisible() answers at once; waitFor() really waits for the debounced search to answer.
      const shown = await hit
        .first()
        .waitFor({ state: 'visible', timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
      if (shown) break;
    }
    await hit.first().waitFor({ state: 'visible' });
    await audit(page);
    await screenshot(page, 'search-dialog');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await settle(page, 'actor page from search');
  });

  it('shows changes by an account that no longer exists as by a former member', async () => {
    const { page } = browser;
    const leaver = await createAccount('member', 'Bald Weg');
    const actorName = unique('Migrationsberatung Stendal');
    const actorId = await createActor(leaver, { name: actorName });
    await gql(
      'mutation Delete($p: String!) { deleteMyAccount(password: $p) }',
      { p: leaver.password },
      await apiSignIn(leaver),
    );
    await page.goto(`/akteure/${actorId}`);
    await page.getByRole('heading', { level: 1, name: actorName }).waitFor();
    await settle(page, 'actor by a former member');
    const history = page
      .getByRole('region', { name: 'Änderungen' })
      .or(page.locator('section', { hasText: 'Änderungen' }))
      .first();
    await history.getByText('ehemaliges Mitglied').waitFor();
    assert.doesNotMatch(await history.innerText(), /Bald Weg/);
  });

  it('lists a statewide actor under a region unless only regional actors are asked for', async () => {
    const { page } = browser;
    const statewideName = unique('Landesweite Integrationsberatung');
    await createActor(member, { name: statewideName, statewide: true });
    const harz = (await reference(await apiSignIn(member))).regions.find((r) => r.key === 'harz');
    assert.ok(harz);
    await page.goto(`/akteure?region=${harz.id}&q=${encodeURIComponent(statewideName)}`);
    await settle(page, 'directory filtered by region');
    const listed = page.getByRole('link', { name: statewideName });
    await listed.waitFor();
    // The address changes in a transition, so the box shows its new state a moment after the click.
    const regionalOnly = page.getByRole('checkbox', { name: 'Nur regional tätige' });
    await regionalOnly.click();
    await listed.waitFor({ state: 'detached' });
    assert.equal(await regionalOnly.isChecked(), true);
    await page.getByText('Keine Akteure passen zu diesen Filtern.').waitFor();
    assert.match(page.url(), /nur-regional=1/);
    await audit(page);
  });

  it('says an unknown actor is not found, with the way back to the directory and no retry', async () => {
    const { page } = browser;
    await page.goto(`/akteure/${randomUUID()}`);
    await page.getByRole('heading', { level: 1, name: 'Nicht gefunden' }).waitFor();
    await settle(page, 'unknown actor');
    assert.match(await page.locator('main').innerText(), /nicht gefunden/);
    assert.equal(await page.getByRole('button', { name: 'Erneut versuchen' }).count(), 0);
    await audit(page);
    await screenshot(page, 'actor-not-found');
    await page.getByRole('link', { name: 'Zurück zur Liste: Akteure' }).click();
    await page.getByRole('heading', { level: 1, name: 'Akteure' }).waitFor();
  });
});
