import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAccount, signIn, type Account } from '../support/accounts.ts';
import { openBrowser, screenshot, settle, visit, type Browser } from '../support/browser.ts';

describe('signing in and out', () => {
  let browser: Browser;
  let member: Account;

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
  });
  after(async () => browser?.close());

  it('sends a visitor to sign-in, and back to the page they asked for afterwards', async () => {
    const { page } = browser;
    await visit(page, '/akteure');
    assert.match(new URL(page.url()).pathname + new URL(page.url()).search, /^\/anmelden\?weiter=%2Fakteure/);
    await screenshot(page, 'sign-in');
    await page.getByLabel('E-Mail-Adresse').fill(member.email);
    await page.getByLabel(/^Passwort/).fill(member.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForURL('**/akteure');
    await settle(page);
    assert.equal(new URL(page.url()).pathname, '/akteure');
  });

  it('refuses a wrong password with a message, in German', async () => {
    const { page } = browser;
    await page.goto('/abmelden');
    await page.getByText('Sie wurden abgemeldet.').waitFor();
    await page.getByLabel('E-Mail-Adresse').fill(member.email);
    await page.getByLabel(/^Passwort/).fill('definitely-not-the-password');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /E-Mail|Passwort/);
    await settle(page, 'sign-in with error');
  });

  it('signs in and out again', async () => {
    const { page } = browser;
    await signIn(page, member);
    assert.equal(new URL(page.url()).pathname, '/');
    await page.getByRole('link', { name: 'Abmelden' }).click();
    await page.getByText('Sie wurden abgemeldet.').waitFor();
    await visit(page, '/');
    assert.equal(new URL(page.url()).pathname, '/anmelden');
  });

  it('explains a set-up link without its key, and refuses a wrong or used one', async () => {
    const { page } = browser;
    await visit(page, '/setup');
    await page.getByText('Diesem Link fehlt der Einrichtungsschlüssel.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Konto anlegen' }).isDisabled(), true);

    await visit(page, '/setup?token=not-a-real-token');
    await page.getByLabel('E-Mail-Adresse').fill('erste-admin@netzwerk.example');
    await page.getByLabel('Anzeigename').fill('Erste Administration');
    await page.getByLabel(/^Neues Passwort/).fill('kurz');
    await page.getByText('Mindestens 12 Zeichen.', { exact: true }).last().waitFor();
    await page.getByLabel(/^Neues Passwort/).fill('ein-langes-passwort-123');
    await page.getByLabel(/^Passwort wiederholen/).fill('ein-anderes-passwort-123');
    await page.getByText('Die Passwörter stimmen nicht überein.').waitFor();
    await page.getByLabel(/^Passwort wiederholen/).fill('ein-langes-passwort-123');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Einrichtungslink' }).waitFor();
    await settle(page, 'set-up refused');
    await screenshot(page, 'setup-refused');
  });
});
