import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, signIn, type Account } from '../support/accounts.ts';
import { openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';

describe('when things go wrong', () => {
  let browser: Browser;
  let member: Account;

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
  });
  after(async () => browser?.close());

  it('shows a failed request with a retry instead of a blank page', async () => {
    const { page } = browser;
    await signIn(page, member);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('link', { name: 'Ansprechpersonen', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Der Server ist nicht erreichbar' });
    await alert.waitFor();
    await settle(page, 'failed request');
    await screenshot(page, 'failed-request');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page
      .getByText(/\d+ Person(en)?/)
      .first()
      .waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);
  });

  it('says so when the connection is lost', async () => {
    const { page, context } = browser;
    await context.setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    assert.match(await page.getByTestId('offline-banner').innerText(), /Keine Verbindung/);
    await context.setOffline(false);
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
  });

  it('sends an expired session to sign-in and back to the page afterwards', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Herausforderungen', exact: true }).click();
    await settle(page, 'challenges');
    // The session ends elsewhere (here: signed out by a request that carries the same cookie).
    const response = await page.request.post('/graphql', { data: { query: 'mutation { signOut }' } });
    assert.equal(response.ok(), true);
    // The app notices the ended session with its next request: the navigation below, or a refetch that
    // is already under way, in which case the link is gone before the click and the page it was on is kept.
    await page
      .getByRole('link', { name: 'Lösungsansätze', exact: true })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    await page.waitForURL(/\/anmelden\?weiter=%2F(loesungsansaetze|herausforderungen)/);
    const target = new URL(page.url()).searchParams.get('weiter') ?? '';
    await page.getByText('Ihre Sitzung ist abgelaufen.', { exact: false }).waitFor();
    await settle(page, 'sign-in after expiry');
    await page.getByLabel('E-Mail-Adresse').fill(member.email);
    await page.getByLabel(/^Passwort/).fill(member.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL(`**${target}`);
    const heading = target === '/loesungsansaetze' ? 'Lösungsansätze' : 'Herausforderungen';
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await settle(page, 'back on the page');
  });
});
