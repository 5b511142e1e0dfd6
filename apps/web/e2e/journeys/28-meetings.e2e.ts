import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { BASE_URL, audit, openBrowser, screenshot, settle, visit, type Browser } from '../support/browser.ts';
import { createActor, reference, unique } from '../support/data.ts';

const CREATE_CHALLENGE = 'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }';

describe('meetings: next year planned in one step, agenda, decision to action item, carry-over, minutes, calendar', () => {
  let browser: Browser;
  let steering: Account;
  let member: Account;
  const year = 2300 + Math.floor(Math.random() * 600);
  const chamber = unique('Beispiel-Handwerkskammer');
  const challenge = unique('Anerkennung dauert zu lange');
  const task = unique('Merkblatt entwerfen');

  before(async () => {
    browser = await openBrowser();
    [steering, member] = await Promise.all([createAccount('steering'), createAccount('member')]);
    const cookie = await apiSignIn(steering);
    await createActor(steering, { name: chamber });
    const field = (await reference(cookie)).actionFields[1];
    await gql(CREATE_CHALLENGE, { input: { title: challenge, actionFieldId: field.id } }, cookie);
  });
  after(async () => browser?.close());

  it('proposes the four network meetings of a year in one step', async () => {
    const { page } = browser;
    await signIn(page, steering);
    await page.getByRole('link', { name: 'Treffen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Treffen' }).waitFor();
    await visit(page, `/treffen?jahr=${year}`);
    await page.getByRole('heading', { level: 2, name: `Treffen ${year}` }).waitFor();
    await page.getByText(`Für ${year} ist noch kein Treffen eingetragen.`).waitFor();
    await page.getByRole('button', { name: `Netzwerktreffen ${year} vorschlagen` }).click();
    await page.getByText('4 von 4 Netzwerktreffen geplant.').waitFor({ timeout: 30_000 });
    const rows = page.getByRole('table', { name: `Treffen ${year}` }).getByRole('row');
    assert.equal(await rows.count(), 5);
    assert.match(await rows.nth(1).innerText(), /10:00/);
    await audit(page, 'meetings of a year');
    await screenshot(page, 'meetings-year');
  });

  it('builds the agenda, turns a decision into an action item for a chamber and writes the minutes', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: `Netzwerktreffen Q1/${year}` }).click();
    await page.getByRole('heading', { level: 1, name: `Netzwerktreffen Q1/${year}` }).waitFor();
    await settle(page, 'meeting');
    await page.getByLabel('Titel des Punkts', { exact: false }).fill('Anerkennung beschleunigen');
    await page
      .getByRole('combobox', { name: 'Herausforderungen' })
      .fill(challenge.split(' ').pop() ?? challenge);
    await page.getByRole('option', { name: challenge }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    const agenda = page
      .getByRole('region', { name: 'Tagesordnung' })
      .or(page.locator('section[aria-labelledby="agenda-heading"]'))
      .first();
    await agenda.getByRole('link', { name: challenge }).waitFor({ timeout: 30_000 });

    await agenda.getByRole('button', { name: /^Beschluss festhalten/ }).click();
    await page
      .getByLabel('Beschluss zu „Anerkennung beschleunigen“')
      .fill('Die Kammer entwirft ein Merkblatt.');
    await page.getByRole('button', { name: 'Beschluss speichern' }).click();
    await agenda.getByText('Die Kammer entwirft ein Merkblatt.').waitFor();
    await agenda.getByRole('button', { name: /^Aufgabe daraus machen/ }).click();
    const form = page.locator('#neue-aufgabe');
    assert.equal((await form.getByLabel('Zum Beschluss').inputValue()) !== '', true);
    await form.getByLabel('Aufgabe', { exact: false }).first().fill(task);
    await form
      .getByRole('combobox', { name: 'Verantwortliche Organisation' })
      .fill(chamber.split(' ').pop() ?? chamber);
    await page.getByRole('option', { name: chamber }).click();
    await form.getByLabel('Frist').fill(`${year}-04-30`);
    await form.getByRole('button', { name: 'Aufgabe anlegen' }).click();
    const raised = page.getByRole('table', { name: 'Aufgaben aus diesem Treffen' });
    await raised.getByRole('row', { name: new RegExp(task) }).waitFor({ timeout: 30_000 });
    assert.match(await raised.innerText(), new RegExp(chamber));

    await page.getByRole('button', { name: 'Protokoll schreiben' }).click();
    await page
      .getByLabel('Protokoll (Text)')
      .fill('Protokoll\n1. Anerkennung: Merkblatt durch die Kammer, Frist 30.04.');
    await page.getByRole('button', { name: 'Protokoll speichern' }).click();
    await page.getByText('1. Anerkennung: Merkblatt durch die Kammer', { exact: false }).waitFor();
    await audit(page, 'meeting with agenda, action item and minutes');
    await screenshot(page, 'meeting');

    const href = await page.getByRole('link', { name: 'Einladung (.ics)' }).getAttribute('href');
    const invitation = await page.request.get(`${BASE_URL}${href}`);
    assert.equal(invitation.status(), 200);
    assert.match(invitation.headers()['content-type'], /^text\/calendar/);
    assert.match(await invitation.text(), /BEGIN:VCALENDAR\r\n[\s\S]*SUMMARY:Netzwerktreffen Q1\/\d{4}\r\n/);
  });

  it('shows the open action item on the next meeting until it is done', async () => {
    const { page } = browser;
    await visit(page, `/treffen?jahr=${year}`);
    await page.getByRole('link', { name: `Netzwerktreffen Q2/${year}` }).click();
    await page.getByRole('heading', { level: 1, name: `Netzwerktreffen Q2/${year}` }).waitFor();
    const carried = page.getByRole('table', { name: 'Offene Aufgaben aus früheren Treffen' });
    await carried.getByRole('row', { name: new RegExp(task) }).waitFor();
    await carried.getByLabel(`Status von „${task}“`).selectOption('done');
    await page.getByText('Keine offenen Aufgaben aus früheren Treffen.').waitFor({ timeout: 30_000 });
  });

  it('gives each person a calendar link that stops working when revoked', async () => {
    const { page } = browser;
    await visit(page, '/treffen');
    await page.getByRole('button', { name: 'Kalender-Link erzeugen' }).click();
    const link = (
      await page
        .locator(
          'section[aria-labelledby="calendar-heading"] pre, section[aria-labelledby="calendar-heading"] code',
        )
        .first()
        .innerText()
    ).trim();
    assert.match(link, /\/calendar\/[A-Za-z0-9_-]+\/meetings\.ics$/);
    const path = new URL(link).pathname;
    const feed = await fetch(`${BASE_URL}${path}`);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /BEGIN:VCALENDAR/);
    await audit(page, 'calendar link');
    await page.getByRole('button', { name: 'Link widerrufen' }).click();
    await page.getByText('Sie haben noch keinen Kalender-Link.').waitFor();
    assert.equal((await fetch(`${BASE_URL}${path}`)).status, 404);
  });

  it('shows members the meetings read-only, in English too', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, member);
    await visit(page, `/treffen?jahr=${year}`);
    await page.getByRole('link', { name: `Netzwerktreffen Q1/${year}` }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Neues Treffen' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /vorschlagen/ }).count(), 0);
    await page.getByRole('link', { name: `Netzwerktreffen Q1/${year}` }).click();
    await page.getByRole('heading', { level: 2, name: 'Tagesordnung' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Protokoll schreiben' }).count(), 0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await audit(page, 'meeting in English');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tagesordnung' }).waitFor();
  });
});
