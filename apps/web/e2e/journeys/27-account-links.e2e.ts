import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ADMIN, apiSignIn, createAccount, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { latestMail, linkIn } from '../support/mail.ts';

/** The link's path and query, to open on the server the journeys talk to. */
function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}

describe('invitations, reset links and passwords set by someone else', () => {
  let admin: Browser;
  let person: Browser;

  before(async () => {
    admin = await openBrowser();
    person = await openBrowser();
    await signIn(admin.page, ADMIN);
  });
  after(async () => {
    await admin?.close();
    await person?.close();
  });

  it('an admin invites by e-mail; the person follows the mailed link, chooses name and password, and is in', async () => {
    const { page } = admin;
    await page.goto('/admin/konten');
    await settle(page, 'admin accounts');
    const email = `e2e-invited-${randomUUID()}@test.netzwerkstatt.example`;
    const invite = page.getByRole('region', { name: 'Person einladen' });
    await invite.getByLabel('E-Mail-Adresse', { exact: false }).fill(email);
    await invite.getByRole('combobox', { name: 'Rolle', exact: true }).click();
    await page.getByRole('option', { name: 'Analyse' }).click();
    await invite.getByRole('button', { name: 'Einladen' }).click();
    await invite.getByText(`Die Einladung ist per E-Mail an ${email} unterwegs`, { exact: false }).waitFor();
    const pending = page.getByRole('region', { name: 'Offene Einladungen' });
    await pending.getByRole('row', { name: new RegExp(email) }).waitFor();
    await audit(page, 'admin accounts with invitation');
    await screenshot(page, 'admin-invitations');

    const mail = await latestMail(email);
    assert.match(mail.text, /Rolle: Analyse/);
    assert.match(mail.text, /role: analyst/);
    const link = linkIn(mail.text, '/einladung');

    const p = person.page;
    await p.goto(pathOf(link));
    await p.getByRole('heading', { name: 'Einladung zur Netzwerkstatt' }).waitFor();
    await p.getByText(`Konto für ${email} mit der Rolle Analyse`, { exact: false }).waitFor();
    await settle(p, 'invitation');
    await audit(p, 'invitation page');
    // Too short: refused at the field, nothing sent.
    // "Aaa…" sorts first, so the new account is on the first page of the admin's list.
    const name = `Aaa Eingeladen ${randomUUID().slice(0, 6)}`;
    await p.getByLabel('Anzeigename', { exact: false }).fill(name);
    await p.getByLabel(/^Neues Passwort\s*\*?$/).fill('kurz');
    await p.getByLabel(/^Passwort wiederholen\s*\*?$/).fill('kurz');
    await p.getByRole('button', { name: 'Konto anlegen' }).click();
    await p.getByText('Mindestens 12 Zeichen.', { exact: true }).first().waitFor();
    const password = `mein-eigenes-${randomUUID().slice(0, 8)}`;
    await p.getByLabel(/^Neues Passwort\s*\*?$/).fill(password);
    await p.getByLabel(/^Passwort wiederholen\s*\*?$/).fill(password);
    await p.getByRole('button', { name: 'Konto anlegen' }).click();
    await p.waitForURL((url) => url.pathname === '/');
    await settle(p, 'home after invitation');
    await apiSignIn({ email, password });

    // Used once: the same link now says so.
    await p.goto(pathOf(link));
    await p.getByText('Dieser Link gilt nicht (mehr)').waitFor();

    await page.reload();
    await settle(page, 'admin accounts after acceptance');
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    assert.equal(await pending.getByRole('row', { name: new RegExp(email) }).count(), 0);
  });

  it('an admin sends a reset link; the person sets a new password with it and is signed out elsewhere', async () => {
    const member: Account = await createAccount('member', `Aaa Vergesslich ${randomUUID().slice(0, 6)}`);
    const oldCookie = await apiSignIn(member);
    const { page } = admin;
    await page.goto('/admin/konten');
    await settle(page, 'admin accounts');
    await page.getByRole('button', { name: `Link für neues Passwort: ${member.displayName}` }).click();
    await page
      .getByText(`Der Link für ein neues Passwort ist per E-Mail an ${member.email} unterwegs`, {
        exact: false,
      })
      .waitFor();

    const link = linkIn((await latestMail(member.email)).text, '/passwort-neu');
    const p = person.page;
    await p.context().clearCookies();
    await p.goto(pathOf(link));
    await p.getByRole('heading', { name: 'Neues Passwort festlegen' }).waitFor();
    await settle(p, 'password reset');
    await audit(p, 'password reset page');
    const password = `neu-und-lang-${randomUUID().slice(0, 8)}`;
    await p.getByLabel(/^Neues Passwort\s*\*?$/).fill(password);
    await p.getByLabel(/^Passwort wiederholen\s*\*?$/).fill(password);
    await p.getByRole('button', { name: 'Passwort speichern' }).click();
    await p.waitForURL((url) => url.pathname === '/');
    await settle(p, 'home after reset');

    await assert.rejects(apiSignIn(member));
    await apiSignIn({ email: member.email, password });
    const me = await fetch(`${process.env.E2E_BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: oldCookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    assert.deepEqual(await me.json(), { data: { me: null } });
  });

  it('a password an admin chose must be changed at first sign-in before anything else', async () => {
    const { page } = admin;
    await page.goto('/admin/konten');
    await settle(page, 'admin accounts');
    const email = `e2e-initial-${randomUUID()}@test.netzwerkstatt.example`;
    const create = page.getByRole('region', { name: 'Konto anlegen' });
    await create.getByLabel('E-Mail-Adresse', { exact: false }).fill(email);
    await create
      .getByLabel('Name', { exact: false })
      .first()
      .fill(`Aaa Neu ${randomUUID().slice(0, 6)}`);
    await create.getByRole('button', { name: 'Passwort erzeugen' }).click();
    const initial = await create.getByLabel('Anfangspasswort', { exact: false }).inputValue();
    await create.getByRole('button', { name: 'Konto anlegen' }).click();
    await create.getByText('ist angelegt', { exact: false }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(email) });
    await row.getByText('Eigenes Passwort noch nicht gewählt').waitFor();

    const p = person.page;
    await p.context().clearCookies();
    await signIn(p, { email, password: initial });
    await p.waitForURL((url) => url.pathname === '/passwort-aendern');
    await p.getByRole('heading', { name: 'Bitte ändern Sie Ihr Passwort' }).waitFor();
    await audit(p, 'password change required');
    // Another page leads back here.
    await p.goto('/akteure');
    await p.waitForURL((url) => url.pathname === '/passwort-aendern');

    const password = `selbst-gewaehlt-${randomUUID().slice(0, 8)}`;
    await p.getByLabel(/^Aktuelles Passwort\s*\*?$/).fill(initial);
    await p.getByLabel(/^Neues Passwort\s*\*?$/).fill(password);
    await p.getByLabel(/^Neues Passwort wiederholen\s*\*?$/).fill(password);
    await p.getByRole('button', { name: /Passwort ändern/ }).click();
    await p.waitForURL((url) => url.pathname === '/');
    await p.goto('/akteure');
    await p.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(new URL(p.url()).pathname, '/akteure');

    await page.reload();
    await settle(page, 'admin accounts after the change');
    await row.waitFor();
    assert.equal(await row.getByText('Eigenes Passwort noch nicht gewählt').count(), 0);
  });
});
