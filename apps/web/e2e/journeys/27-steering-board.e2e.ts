import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { reference } from '../support/data.ts';
import { letterTag } from '../support/files.ts';

const tag = letterTag('zq');

async function statusOf(cookie: string, id: string): Promise<string> {
  const data = await gql<{ challenge: { status: string } }>(
    'query ($id: ID!) { challenge(id: $id) { status } }',
    { id },
    cookie,
  );
  return data.challenge.status;
}

/** The board filtered to this journey's cards. */
async function openBoard(page: Page): Promise<void> {
  await page.goto('/steuerung/board');
  await page.getByRole('heading', { level: 1, name: 'Herausforderungen → Lösungen' }).waitFor();
  await page.getByRole('searchbox', { name: 'Suche in Titel und Beschreibung' }).fill(tag);
  await page.getByText('3 Herausforderungen').waitFor();
  await settle(page, 'board');
}

const card = (page: Page, title: string) => page.locator('li[data-challenge-id]', { hasText: title });

describe('the steering board: challenges → solutions, and the gap lists', () => {
  let steering: Browser;
  let member: Browser;
  let steeringAccount: Account;
  let memberAccount: Account;
  let cookie: string;
  let fieldId: string;
  const titles = {
    dragged: `Wohnraum für Azubis ${tag}`,
    keyed: `Anerkennung dauert zu lange ${tag}`,
    gap: `Kinderbetreuung für Pendelnde ${tag}`,
  };
  const ids: Record<keyof typeof titles, string> = { dragged: '', keyed: '', gap: '' };

  before(async () => {
    [steeringAccount, memberAccount] = await Promise.all([
      createAccount('steering', 'Stefanie Steuerung'),
      createAccount('member', 'Mia Mitglied'),
    ]);
    cookie = await apiSignIn(memberAccount);
    const { actionFields } = await reference(cookie);
    fieldId = [...actionFields].sort((a, b) => a.position - b.position)[0].id;
    for (const key of Object.keys(titles) as (keyof typeof titles)[]) {
      const created = await gql<{ createChallenge: { id: string } }>(
        'mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { id } }',
        { input: { title: titles[key], actionFieldId: fieldId } },
        cookie,
      );
      ids[key] = created.createChallenge.id;
    }
    steering = await openBrowser({ width: 1600, height: 1000 });
    member = await openBrowser({ width: 1600, height: 1000 });
  });
  after(async () => {
    await steering?.close();
    await member?.close();
  });

  it('lets the steering group move a card by keyboard alone, and in the list', async () => {
    const { page } = steering;
    await signIn(page, steeringAccount);
    await openBoard(page);
    assert.equal(await card(page, titles.keyed).getAttribute('draggable'), 'true');
    await screenshot(page, 'steering-board');
    // The card's status select: focus it and step to the next status with the arrow key.
    const statusSelect = page.getByRole('combobox', { name: `Status ändern: ${titles.keyed}` });
    await statusSelect.focus();
    await page.keyboard.press('ArrowDown');
    await page
      .getByTestId('board-announcement')
      .getByText(`„${titles.keyed}“ ist jetzt „In Bearbeitung“.`)
      .waitFor({ state: 'attached' });
    assert.equal(await statusOf(cookie, ids.keyed), 'in_progress');
    await statusSelect.selectOption('addressed');
    await page
      .getByTestId('board-announcement')
      .getByText(`„${titles.keyed}“ ist jetzt „Adressiert“.`)
      .waitFor({ state: 'attached' });
    assert.equal(await statusOf(cookie, ids.keyed), 'addressed');

    await page.getByText('Liste', { exact: true }).click();
    const select = page.getByRole('combobox', { name: `Status von „${titles.keyed}“` });
    await select.waitFor();
    await settle(page, 'board as a list');
    await select.selectOption('closed');
    await page
      .getByTestId('board-announcement')
      .getByText(`„${titles.keyed}“ ist jetzt „Abgeschlossen“.`)
      .waitFor();
    assert.equal(await statusOf(cookie, ids.keyed), 'closed');
  });

  it('shows a member the board read-only; their proposal closes a gap', async () => {
    const { page } = member;
    await signIn(page, memberAccount);
    await openBoard(page);
    await page.getByText('Den Status ändert die Steuerungsgruppe.', { exact: false }).waitFor();
    assert.equal(await page.getByRole('combobox', { name: /^Status ändern/ }).count(), 0);
    assert.equal(await card(page, titles.gap).getAttribute('draggable'), 'false');
    const before = await statusOf(cookie, ids.gap);

    // The gap list names the challenge without a solution approach.
    await page.goto('/steuerung/luecken');
    await page.getByRole('heading', { level: 1, name: 'Lückenlisten' }).waitFor();
    await page.getByRole('searchbox', { name: /Herausforderungen und Lösungsansätze/ }).fill(tag);
    const challengeGaps = page.getByRole('region', { name: 'Herausforderungen ohne Lösungsansatz' });
    await challengeGaps.getByRole('link', { name: titles.gap }).waitFor();
    await settle(page, 'gap lists');

    // Proposed from the card: a new approach, linked at once.
    await openBoard(page);
    await page.getByRole('button', { name: `Lösungsansatz vorschlagen: ${titles.gap}` }).click();
    const drawer = page.getByRole('dialog', { name: `Lösungsansatz vorschlagen: ${titles.gap}` });
    await drawer.getByText('Noch kein Lösungsansatz adressiert diese Herausforderung.').waitFor();
    await audit(page, 'mapping drawer');
    const approach = `Betreuungslotsen ${tag}`;
    await drawer.getByRole('textbox', { name: 'Neuer Lösungsansatz' }).fill(approach);
    await drawer.getByRole('button', { name: 'Anlegen' }).click();
    await drawer.getByRole('link', { name: approach }).waitFor();
    await drawer.getByRole('button', { name: 'Schließen' }).click();
    await card(page, titles.gap).getByText('1 Lösungsansatz').waitFor();
    assert.equal(await statusOf(cookie, ids.gap), before);

    // The challenge has left the gap list; the new approach, which nobody carries yet, is on the next one.
    await page.goto('/steuerung/luecken');
    await page.getByRole('searchbox', { name: /Herausforderungen und Lösungsansätze/ }).fill(tag);
    const approachGaps = page.getByRole('region', { name: 'Lösungsansätze ohne Träger' });
    await approachGaps.getByRole('link', { name: approach }).waitFor();
    await challengeGaps.getByRole('link', { name: titles.dragged }).waitFor();
    assert.equal(await challengeGaps.getByRole('link', { name: titles.gap }).count(), 0);
    await settle(page, 'gap lists after the proposal');
    await screenshot(page, 'gap-lists');
  });
});
