import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiSignIn, createAccount, signIn, type Account } from '../support/accounts.ts';
import { openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { createActor, reference, unique } from '../support/data.ts';

describe("the product owner's journey", () => {
  let browser: Browser;
  let member: Account;
  const welcomeCenter = unique('WelcomeCenter Sachsen-Anhalt');
  let fieldName = '';

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
    const ref = await reference(await apiSignIn(member));
    const field = [...ref.actionFields]
      .sort((a, b) => a.position - b.position)
      .find((f) => f.categories.some((c) => c.key === 'welcomecenter-fif'));
    assert.ok(field, 'the agreement places WelcomeCenter / FiF in an action field');
    fieldName = field.name;
    const category = field.categories.find((c) => c.key === 'welcomecenter-fif');
    const magdeburg = ref.regions.find((r) => r.key === 'magdeburg');
    await createActor(member, {
      name: welcomeCenter,
      description: 'Erste Anlaufstelle für internationale Fachkräfte und Unternehmen.',
      categoryIds: category ? [category.id] : [],
      actionFieldIds: [field.id],
      regionIds: magdeburg ? [magdeburg.id] : [],
    });
  });
  after(async () => browser?.close());

  it("reaches the WelcomeCenter's actor page from the process chain in three clicks", async () => {
    const { page } = browser;
    await signIn(page, member);
    // 1: the process chain
    await page.getByRole('link', { name: 'Prozesskette', exact: true }).click();
    await settle(page, 'process chain');
    await screenshot(page, 'process-chain');
    const card = page.locator('li', { has: page.getByRole('heading', { name: fieldName }) }).first();
    // 2: the WelcomeCenter category in that field
    await card.getByRole('button', { name: 'WelcomeCenter / FiF' }).click();
    // 3: the actor
    await card.getByRole('link', { name: welcomeCenter }).click();
    await page.getByRole('heading', { level: 1, name: welcomeCenter }).waitFor();
    await settle(page, 'WelcomeCenter actor page');
    await screenshot(page, 'welcome-center');
  });

  it('adds a challenge in German and sees it in English', async () => {
    const { page } = browser;
    const title = unique('Anerkennung dauert zu lange');
    await page.getByRole('link', { name: 'Herausforderungen', exact: true }).click();
    await settle(page, 'challenges');
    await page.getByRole('link', { name: 'Herausforderung anlegen' }).click();
    await settle(page, 'new challenge');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page
      .getByText('Bitte prüfen Sie die markierten Felder.')
      .or(page.getByText('Bitte ausfüllen.').first())
      .first()
      .waitFor();
    await page.getByLabel('Titel').fill(title);
    await page.getByRole('combobox', { name: /^Handlungsfeld/ }).click();
    await page.getByRole('option', { name: /^2\. Anerkennung/ }).click();
    await page
      .getByLabel('Beschreibung')
      .fill('Die Prüfung ausländischer Abschlüsse dauert oft länger als sechs Monate.');
    await screenshot(page, 'challenge-form');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await settle(page, 'challenge page');
    assert.match(await page.locator('main').innerText(), /offen/);
    await screenshot(page, 'challenge-page');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Priority: medium').waitFor();
    await settle(page, 'challenge page (en)');
    const text = await page.locator('main').innerText();
    assert.match(text, new RegExp(title));
    assert.match(text, /open/);
    assert.match(text, /Solution approaches/);
    await page.getByRole('link', { name: 'Challenges', exact: true }).first().click();
    await settle(page, 'challenges (en)');
    await page.getByRole('link', { name: title }).waitFor();
    await screenshot(page, 'challenges-en');
  });
});
