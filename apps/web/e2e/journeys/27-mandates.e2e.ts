import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, visit, type Browser } from '../support/browser.ts';
import { createActor, unique } from '../support/data.ts';

// Days as the app counts them (YYYY-MM-DD in Europe/Berlin), written here so the journey runs without a build.
const berlinToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const addDays = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
const germanDay = (day: string) => day.split('-').reverse().join('.');

const CREATE_PERSON = 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const CREATE_MANDATE = 'mutation ($input: CreateMandateInput!) { createMandate(input: $input) { id } }';

describe('the steering group: composition on any day, confirmations due, the eleventh mandate refused', () => {
  let browser: Browser;
  let steering: Account;
  let member: Account;
  let cookie: string;
  let actorId: string;
  const actorName = unique('Beispiel-Kammer Steuerung');
  const holder = unique('Mandatsperson');
  const dueHolder = unique('Fällige Person');
  const today = berlinToday();
  const start = addDays(today, -30);
  // Far in the future, so the ten seats never meet anyone else's mandates.
  const fullYear = 2960 + Math.floor(Math.random() * 30);

  const person = async (name: string) =>
    (await gql<{ createPerson: { id: string } }>(CREATE_PERSON, { input: { name } }, cookie)).createPerson.id;

  before(async () => {
    browser = await openBrowser();
    [steering, member] = await Promise.all([createAccount('steering'), createAccount('member')]);
    cookie = await apiSignIn(steering);
    actorId = await createActor(steering, { name: actorName });
    await person(holder);
    // A mandate ending in 40 days without a follow-up: its confirmation is due.
    await gql(
      CREATE_MANDATE,
      {
        input: {
          personId: await person(dueHolder),
          actorId,
          startDate: addDays(today, -200),
          endDate: addDays(today, 40),
          kind: 'new',
        },
      },
      cookie,
    );
    for (let i = 0; i < 10; i += 1) {
      await gql(
        CREATE_MANDATE,
        {
          input: {
            personId: await person(unique('Sitz')),
            actorId,
            startDate: `${fullYear}-01-01`,
            kind: 'new',
          },
        },
        cookie,
      );
    }
  });
  after(async () => browser?.close());

  it('adds a mandate through the form and shows it in today’s composition', async () => {
    const { page } = browser;
    await signIn(page, steering);
    await page.getByRole('link', { name: 'Steuerungsgruppe', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Steuerungsgruppe' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Zusammensetzung heute' }).waitFor();
    await settle(page, 'steering group');
    const due = page.getByRole('table', { name: 'Fällige Bestätigungen' });
    await due.getByRole('row', { name: new RegExp(dueHolder) }).waitFor();
    assert.match(await due.innerText(), new RegExp(germanDay(addDays(today, 39)).replace(/\./g, '\\.')));
    await audit(page, 'steering group');

    await page.getByRole('link', { name: 'Neues Mandat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neues Mandat' }).waitFor();
    await page.getByRole('combobox', { name: /^Person/ }).fill(holder.split(' ').pop() ?? holder);
    await page.getByRole('option', { name: holder }).click();
    await page.getByRole('combobox', { name: /^Organisation/ }).fill(actorName.split(' ').pop() ?? actorName);
    await page.getByRole('option', { name: actorName }).click();
    await page.getByLabel('Beginn', { exact: false }).fill(start);
    await page.getByText(`Amtszeit vom ${germanDay(start)}`).waitFor();
    await page.getByRole('radio', { name: 'Bestätigt' }).check();
    await audit(page, 'mandate form');
    await screenshot(page, 'mandate-form');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Steuerungsgruppe' }).waitFor({ timeout: 30_000 });
    const current = page.getByRole('table', { name: `Mandate am ${germanDay(today)}` });
    const row = current.getByRole('row', { name: new RegExp(holder) });
    await row.waitFor();
    assert.match(await row.innerText(), /Bestätigt/i);
    assert.match(await row.innerText(), new RegExp(germanDay(start).replace(/\./g, '\\.')));
  });

  it('shows the composition on a past day', async () => {
    const { page } = browser;
    const before = addDays(start, -1);
    await page.getByLabel('Stichtag').fill(before);
    await page.getByRole('heading', { level: 2, name: `Zusammensetzung am ${germanDay(before)}` }).waitFor();
    await page
      .getByRole('table', { name: `Mandate am ${germanDay(before)}` })
      .or(page.getByText(`Am ${germanDay(before)} lief kein Mandat.`))
      .first()
      .waitFor();
    assert.equal(await page.getByRole('row', { name: new RegExp(holder) }).count(), 0);
    assert.match(page.url(), new RegExp(`tag=${before}`));
    await audit(page, 'steering group on a past day');
    await page.getByRole('button', { name: 'Heute' }).click();
    await page.getByRole('row', { name: new RegExp(holder) }).waitFor();
  });

  it('refuses an eleventh mandate, naming the day, and the form keeps its values', async () => {
    const { page } = browser;
    await visit(page, '/steuerungsgruppe/mandate/neu');
    await page.getByRole('heading', { level: 1, name: 'Neues Mandat' }).waitFor();
    await page.getByRole('combobox', { name: /^Person/ }).fill(holder.split(' ').pop() ?? holder);
    await page.getByRole('option', { name: holder }).click();
    await page.getByRole('combobox', { name: /^Organisation/ }).fill(actorName.split(' ').pop() ?? actorName);
    await page.getByRole('option', { name: actorName }).click();
    await page.getByLabel('Beginn', { exact: false }).fill(`${fullYear}-06-01`);
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByText(`Am 01.06.${fullYear} wären es 11 aktive Mandate`, { exact: false }).waitFor();
    assert.equal(await page.getByLabel('Beginn', { exact: false }).inputValue(), `${fullYear}-06-01`);
    await audit(page, 'eleventh mandate refused');
    await visit(page, `/steuerungsgruppe?tag=${fullYear}-06-01`);
    await page.getByText('10 von höchstens 10 Mandaten').waitFor();
  });

  it('shows members the composition read-only, in English too', async () => {
    const { page } = browser;
    await page.context().clearCookies();
    await signIn(page, member, '/anmelden');
    await visit(page, '/steuerungsgruppe');
    await page.getByRole('row', { name: new RegExp(holder) }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Neues Mandat' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /^Bearbeiten/ }).count(), 0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Composition today' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Confirmations due' }).waitFor();
    await audit(page, 'steering group in English');
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Zusammensetzung heute' }).waitFor();
  });
});
