import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ADMIN, apiSignIn, createAccount, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, visit, type Browser } from '../support/browser.ts';

const GRAPHQL_USERS = '{ users(first: 1) { totalCount } }';

async function rawGql(cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${process.env.E2E_BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

describe('administration: accounts, roles and legal texts', () => {
  let admin: Browser;
  let memberBrowser: Browser;
  let member: Account;

  before(async () => {
    admin = await openBrowser();
    memberBrowser = await openBrowser();
    member = await createAccount('member');
  });
  after(async () => {
    await admin?.close();
    await memberBrowser?.close();
  });

  it('lets an admin create an account, change its role, and disable and enable it', async () => {
    const { page } = admin;
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Administration', exact: true }).click();
    await page.waitForURL('**/admin/konten');
    await settle(page, 'admin accounts');

    // "Aaa…" sorts first, so the new account is on the first page of the list.
    const name = `Aaa Testkonto ${randomUUID().slice(0, 6)}`;
    const email = `e2e-admin-created-${randomUUID()}@test.netzwerkstatt.example`;
    const create = page.getByRole('region', { name: 'Konto anlegen' });
    await create.getByRole('button', { name: 'Konto anlegen' }).click();
    await create.getByText('Bitte ausfüllen.').first().waitFor();
    await create.getByLabel('E-Mail-Adresse', { exact: false }).fill(email);
    await create.getByLabel('Name', { exact: false }).first().fill(name);
    await create.getByRole('button', { name: 'Passwort erzeugen' }).click();
    const password = await create.getByLabel('Anfangspasswort', { exact: false }).inputValue();
    assert.equal(password.length, 20);
    await create.getByRole('combobox', { name: 'Rolle', exact: true }).click();
    await page.getByRole('option', { name: 'Steuerungsgruppe' }).click();
    await create.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText(`Das Konto für ${name} (${email}) ist angelegt.`).waitFor();

    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    assert.match(await row.innerText(), /Aktiv/);
    await audit(page, 'admin accounts after create');
    await screenshot(page, 'admin-accounts');

    // The new account can sign in with the initial password.
    await apiSignIn({ email, password });

    await page.getByRole('combobox', { name: `Rolle von ${name}` }).click();
    await page.getByRole('option', { name: 'Analyse' }).click();
    await page.waitForFunction(
      (label) =>
        (document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement | null)?.value ===
        'Analyse',
      `Rolle von ${name}`,
    );

    await page.getByRole('button', { name: `${name} deaktivieren` }).click();
    await row.getByText('Deaktiviert').waitFor();
    await assert.rejects(apiSignIn({ email, password }));
    await page.getByRole('button', { name: `${name} aktivieren` }).click();
    await row.getByText(/✓ Aktiv$/).waitFor();
    await apiSignIn({ email, password });

    // Reloaded from the server: the changes are stored, not just shown.
    await visit(page, '/admin/konten');
    const stored = page.getByRole('row', { name: new RegExp(name) });
    assert.equal(await stored.getByRole('combobox', { name: `Rolle von ${name}` }).inputValue(), 'Analyse');
    assert.match(await stored.innerText(), /Aktiv/);

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts and roles' }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: `Role of ${name}` }).inputValue(), 'Analyst');
    await audit(page, 'admin accounts in English');
    await screenshot(page, 'admin-accounts-en');
    await page.getByRole('button', { name: 'Deutsch', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Konten und Rollen' }).waitFor();
  });

  it('lets an admin write the Impressum, rendered safely on the public page', async () => {
    const { page } = admin;
    await page.getByRole('link', { name: 'Rechtstexte' }).click();
    await settle(page, 'legal editor');
    const marker = randomUUID().slice(0, 8);
    const german = `# Angaben gemäß § 5 DDG\n\nNetzwerk Willkommenskultur ${marker}\nBeispielstraße 1\n39104 Magdeburg\n\n- **E-Mail:** netzwerk@example.org\n- Web: [Netzwerk](https://example.org)\n\n<script>alert("x")</script> [gefährlich](javascript:alert(1))`;
    const english = `# Information according to § 5 DDG\n\nNetwork ${marker}`;
    await page.getByLabel('Deutscher Text', { exact: false }).fill(german);
    await page.getByLabel('Englischer Text', { exact: false }).fill(english);
    await page.getByRole('button', { name: 'Vorschau' }).click();
    await page.getByRole('heading', { name: 'Vorschau: Deutsch' }).waitFor();
    await audit(page, 'legal editor with preview');
    await screenshot(page, 'admin-legal-editor');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert. Die Seite zeigt jetzt den neuen Text.').waitFor();

    await memberBrowser.page.goto('/impressum');
    const publicPage = memberBrowser.page;
    await publicPage.getByRole('heading', { level: 1, name: 'Impressum' }).waitFor();
    await publicPage.getByText(`Netzwerk Willkommenskultur ${marker}`).waitFor();
    await settle(publicPage, 'imprint (anonymous)');
    await publicPage.getByRole('heading', { level: 2, name: 'Angaben gemäß § 5 DDG' }).waitFor();
    assert.equal(
      await publicPage.getByRole('link', { name: 'Netzwerk', exact: true }).getAttribute('href'),
      'https://example.org',
    );
    // HTML is text, and a javascript: link is no link at all.
    const article = await publicPage.locator('article').innerText();
    assert.match(article, /<script>alert\("x"\)<\/script>/);
    assert.match(article, /\[gefährlich\]\(javascript:alert\(1\)\)/);
    assert.equal(await publicPage.locator('article script').count(), 0);
    assert.equal(await publicPage.locator('a[href^="javascript"]').count(), 0);
    await screenshot(publicPage, 'legal-imprint');

    for (const [link, heading] of [
      ['Datenschutz', 'Datenschutz'],
      ['Barrierefreiheit', 'Barrierefreiheit'],
    ]) {
      await publicPage
        .getByRole('navigation', { name: 'Rechtliches' })
        .getByRole('link', { name: link })
        .click();
      await publicPage.getByRole('heading', { level: 1, name: heading }).waitFor();
      await settle(publicPage, `legal page ${heading}`);
      await screenshot(publicPage, `legal-${heading.toLowerCase()}`);
    }
  });

  it('shows a member no admin link and a clear no-permission page, and the API refuses them', async () => {
    const { page } = memberBrowser;
    await signIn(page, member);
    const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await navigation.getByRole('link', { name: 'Start' }).waitFor();
    assert.equal(await navigation.getByRole('link', { name: 'Administration' }).count(), 0);

    for (const path of ['/admin/konten', '/admin/rechtstexte']) {
      await visit(page, path);
      await page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Konto anlegen' }).count(), 0);
      assert.equal(await page.getByLabel('Deutscher Text').count(), 0);
    }
    await screenshot(page, 'admin-forbidden');

    const cookie = await apiSignIn(member);
    assert.equal((await rawGql(cookie, GRAPHQL_USERS)).errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const update = await rawGql(
      cookie,
      'mutation { updateLegalPage(key: imprint, textDe: "x", textEn: "y") { key } }',
    );
    assert.equal(update.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });
});
