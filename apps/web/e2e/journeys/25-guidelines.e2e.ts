import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, visit, type Browser } from '../support/browser.ts';
import { createActor, reference, unique } from '../support/data.ts';
import { guidelineText, plainText, waitForText, waitUntilSaved } from '../support/guideline.ts';

const text = guidelineText;

describe('two people write the same guideline at once', () => {
  let anna: Browser;
  let ben: Browser;
  let annaAccount: Account;
  let benAccount: Account;
  let guidelinePath: string;
  const title = unique('Leitfaden Willkommenskultur');
  // One word, so the mention's query (which ends at a space) names exactly this actor.
  const actorName = `WelcomeCenter${randomUUID().slice(0, 8)}`;
  const challengeTitle = `Wohnraummangel${randomUUID().slice(0, 8)}`;

  before(async () => {
    [annaAccount, benAccount] = await Promise.all([
      createAccount('member', 'Anna Aktiv'),
      createAccount('member', 'Ben Bedacht'),
    ]);
    await createActor(annaAccount, { name: actorName });
    const cookie = await apiSignIn(annaAccount);
    const { actionFields } = await reference(cookie);
    await gql(
      'mutation Create($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
      { input: { title: challengeTitle, actionFieldId: actionFields[0].id } },
      cookie,
    );
    anna = await openBrowser();
    ben = await openBrowser();
  });
  after(async () => {
    await anna?.close();
    await ben?.close();
  });

  it('creates a guideline from the list, and the editor opens', async () => {
    const { page } = anna;
    await signIn(page, annaAccount);
    await visit(page, '/leitfaeden');
    await page.getByRole('link', { name: 'Neuer Leitfaden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neuer Leitfaden' }).waitFor();
    await settle(page, 'new guideline');
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await page.getByRole('combobox', { name: 'Handlungsfeld' }).click();
    await page.getByRole('option', { name: /^2\. Anerkennung/ }).click();
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    guidelinePath = new URL(page.url()).pathname;
    assert.match(guidelinePath, /^\/leitfaeden\/[0-9a-f-]{36}$/);
    await text(page).waitFor();
    await waitUntilSaved(page);
    assert.equal(
      await page.getByRole('textbox', { name: `Text: ${title}` }).getAttribute('contenteditable'),
      'true',
    );
    await audit(page, 'guideline page with its editor');
  });

  it('lists the new guideline, and the second person opens it', async () => {
    await signIn(ben.page, benAccount, `/anmelden?weiter=${encodeURIComponent('/leitfaeden')}`);
    await ben.page.getByRole('link', { name: title }).click();
    await ben.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await text(ben.page).waitFor();
    await waitUntilSaved(ben.page);

    const present = (page: Page) => page.getByRole('region', { name: 'Wer gerade mitschreibt' });
    await present(anna.page).getByText('Ben Bedacht').waitFor();
    await present(ben.page).getByText('Anna Aktiv').waitFor();
    await present(ben.page).getByText('Ben Bedacht (Sie)').waitFor();
  });

  it('shows each person’s text and caret to the other while both type in the same paragraph', async () => {
    await text(anna.page).click();
    await anna.page.keyboard.type('Anna beginnt den Absatz.');
    await waitForText(ben.page, 'Anna beginnt den Absatz.');

    await text(ben.page).click();
    await ben.page.keyboard.press('End');
    await Promise.all([
      anna.page.keyboard.type(' Anna schreibt weiter über Anerkennung.', { delay: 25 }),
      ben.page.keyboard.type(' Ben ergänzt die Wohnungssuche.', { delay: 25 }),
    ]);

    for (const page of [anna.page, ben.page]) {
      await waitForText(
        page,
        'Anna beginnt den Absatz.',
        'Anna schreibt weiter über Anerkennung.',
        'Ben ergänzt die Wohnungssuche.',
      );
    }
    // One paragraph, the same text on both sides.
    assert.equal(await text(anna.page).locator('p').count(), 1);
    assert.equal(await plainText(anna.page), await plainText(ben.page));

    await anna.page.locator('.collaboration-carets__label', { hasText: 'Ben Bedacht' }).waitFor();
    await ben.page.locator('.collaboration-carets__label', { hasText: 'Anna Aktiv' }).waitFor();
    await waitUntilSaved(anna.page);
    await waitUntilSaved(ben.page);
    await screenshot(anna.page, 'guideline-two-writers');
    await audit(anna.page, 'guideline page with another person’s caret');
  });

  it('undoes only the person’s own typing', async () => {
    await ben.page.keyboard.type(' Nur Ben.');
    await waitForText(anna.page, 'Nur Ben.');
    await ben.page.keyboard.press('Control+z');
    for (const page of [anna.page, ben.page]) {
      await page.waitForFunction(
        () => !document.querySelector('.guideline-text')?.textContent?.includes('Nur Ben.'),
      );
      await waitForText(page, 'Anna schreibt weiter über Anerkennung.');
    }
  });

  it('says „Offline“ without a network, keeps typing, and saves once back online', async () => {
    await anna.context.setOffline(true);
    await anna.page.locator('[data-sync="offline"]').waitFor();
    await text(anna.page).click();
    await anna.page.keyboard.press('Control+End');
    await anna.page.keyboard.type(' Offline geschrieben.');
    await anna.context.setOffline(false);
    await waitUntilSaved(anna.page);
    await waitForText(ben.page, 'Offline geschrieben.');
  });

  it('mentions an actor with @ and a challenge with #, linked on both sides', async () => {
    const { page } = anna;
    await text(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Ansprechpartner: @${actorName}`, { delay: 20 });
    await page.getByRole('option', { name: new RegExp(actorName) }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Thema: #${challengeTitle}`, { delay: 20 });
    await page.getByRole('option', { name: new RegExp(challengeTitle) }).waitFor();
    await page.keyboard.press('Enter');
    for (const each of [anna.page, ben.page]) {
      await each.locator('a.guideline-mention', { hasText: `@${actorName}` }).waitFor();
      await each.locator('a.guideline-mention', { hasText: `#${challengeTitle}` }).waitFor();
    }
    await waitUntilSaved(page);
  });

  it('follows a mention to its page, which lists the guideline under „Erwähnt in Leitfäden“', async () => {
    const { page } = anna;
    await page.locator('a.guideline-mention', { hasText: `#${challengeTitle}` }).click();
    await page.waitForURL(/\/herausforderungen\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: challengeTitle }).waitFor();
    await page.getByRole('heading', { name: 'Erwähnt in Leitfäden' }).waitFor();
    // The server brings the guideline's mentions in line when it stores the text, seconds later.
    const deadline = Date.now() + 45_000;
    while (!(await page.getByRole('link', { name: title }).isVisible())) {
      assert.ok(Date.now() < deadline, 'the challenge page never listed the guideline that mentions it');
      await page.waitForTimeout(1000);
      await page.reload();
      await page.getByRole('heading', { name: 'Erwähnt in Leitfäden' }).waitFor();
    }
    await settle(page, 'challenge mentioned in a guideline');
  });
});
