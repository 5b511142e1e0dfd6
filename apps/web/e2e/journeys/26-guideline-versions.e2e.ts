import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { createAccount, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';
import { unique } from '../support/data.ts';

const text = (page: Page) => page.locator('.guideline-text');

async function waitForText(page: Page, part: string, present = true): Promise<void> {
  await page.waitForFunction(
    ([wanted, shown]) =>
      (document.querySelector('.guideline-text')?.textContent ?? '').includes(wanted as string) === shown,
    [part, present] as const,
    { timeout: 20_000 },
  );
}

/** A dialog done opening: its fade-in would otherwise be measured as low contrast. */
async function opened(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')).every(
      (element) => element.getAnimations().length === 0 && getComputedStyle(element).opacity !== '0',
    ),
  );
  await page.waitForTimeout(300);
}

async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-sync="saved"]').waitFor({ timeout: 15_000 });
}

describe('a guideline from a template is published as version 1, written on, compared and restored', () => {
  let steering: Browser;
  let member: Browser;
  let steeringAccount: Account;
  let memberAccount: Account;
  let guidelinePath: string;
  const title = unique('Leitfaden Anerkennung');
  const templateName = unique('Vorlage Anerkennung');

  before(async () => {
    [steeringAccount, memberAccount] = await Promise.all([
      createAccount('steering', 'Sina Steuerung'),
      createAccount('member', 'Max Mitglied'),
    ]);
    steering = await openBrowser();
    member = await openBrowser();
  });
  after(async () => {
    await steering?.close();
    await member?.close();
  });

  it('starts a new guideline from the „Handlungsleitfaden“ template, its sections once', async () => {
    const { page } = steering;
    await signIn(page, steeringAccount, `/anmelden?weiter=${encodeURIComponent('/leitfaeden/neu')}`);
    await page.getByRole('heading', { level: 1, name: 'Neuer Leitfaden' }).waitFor();
    await settle(page, 'new guideline with templates');
    await audit(page, 'new guideline with its template choice');
    await page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await page.getByRole('radio', { name: /^Handlungsleitfaden/ }).check();
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    guidelinePath = new URL(page.url()).pathname;
    await waitForText(page, 'Prozesskette Schritt für Schritt');
    assert.equal(await text(page).locator('h2', { hasText: 'Zweck und Zielgruppe' }).count(), 1);
    await page.getByText('Noch nicht veröffentlicht.').waitFor();
    await page.getByText('Entwurf für Fassung 1').waitFor();
    await audit(page, 'guideline from a template with its versions and history');
  });

  it('the steering group submits it for review and publishes version 1', async () => {
    const { page } = steering;
    await page.getByRole('button', { name: 'Zur Prüfung geben' }).click();
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fassung 1 veröffentlichen' });
    await dialog.waitFor();
    await opened(page);
    await audit(page, 'publish confirmation');
    await dialog.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText(/^Veröffentlicht: Fassung 1 \(Stand \d\d\.\d\d\.\d{4}\)$/).waitFor();
    await page.getByRole('link', { name: 'Fassung 1 lesen' }).waitFor();
  });

  it('a member keeps writing after publishing: the draft for version 2', async () => {
    const { page } = member;
    await signIn(page, memberAccount, `/anmelden?weiter=${encodeURIComponent(guidelinePath)}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitUntilSaved(page);
    await page.getByRole('button', { name: 'Veröffentlichen' }).waitFor({ state: 'detached' });
    await text(page).locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Neu nach Fassung 1.');
    await waitUntilSaved(page);
    await waitForText(steering.page, 'Neu nach Fassung 1.');
    // The panel asks again every 15 s; the text is stored a few seconds after typing.
    await page.getByText('Entwurf für Fassung 2').waitFor({ timeout: 40_000 });
  });

  it('every member reads version 1 as it was published', async () => {
    const { page } = member;
    await page.getByRole('link', { name: 'Fassung 1 lesen' }).click();
    await page.getByRole('heading', { level: 1, name: `${title} – Fassung 1` }).waitFor();
    await settle(page, 'version 1');
    const article = page.getByRole('article', { name: 'Text der Fassung 1' });
    await article.getByText('Zweck und Zielgruppe').waitFor();
    assert.equal(await article.getByText('Neu nach Fassung 1.').count(), 0);
    await audit(page, 'a published version, read-only');
    await page.getByRole('link', { name: 'Zum Leitfaden' }).first().click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitUntilSaved(page);
  });

  it('names a state, compares it with the changed text and restores it live for the other person', async () => {
    const { page } = member;
    await page.getByRole('textbox', { name: 'Name für den aktuellen Stand' }).fill('Vor der Kürzung');
    await page.getByRole('button', { name: 'Stand benennen' }).click();
    await page.getByText('Der aktuelle Stand ist als „Vor der Kürzung“ festgehalten.').waitFor();

    await text(page).locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Ergänzt.');
    await waitUntilSaved(page);
    await waitForText(steering.page, 'Ergänzt.');
    // The comparison reads the text as last stored (compacted a few seconds after typing).
    await page.waitForTimeout(3000);

    const entry = page.getByRole('listitem').filter({ hasText: 'Vor der Kürzung' });
    await entry.getByRole('button', { name: 'Vergleichen' }).click();
    const dialog = page.getByRole('dialog', { name: /^Zwischenstand vom/ });
    await dialog.locator('ins', { hasText: 'Ergänzt.' }).waitFor();
    await opened(page);
    await screenshot(page, 'guideline-revision-diff');
    await audit(page, 'a revision compared with the current text');
    await dialog.getByText('Text dieses Stands').click();
    await dialog.getByText('Zweck und Zielgruppe').first().waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();

    await entry.getByRole('button', { name: 'Wiederherstellen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Diesen Stand wiederherstellen?' });
    await confirm.getByRole('button', { name: 'Wiederherstellen' }).click();
    await page.getByText(/^Der Stand vom .* ist wiederhergestellt\.$/).waitFor();
    // Live in both editors, without a reload.
    await waitForText(steering.page, 'Ergänzt.', false);
    await waitForText(page, 'Ergänzt.', false);
    await waitForText(steering.page, 'Neu nach Fassung 1.');
  });

  it('saves the guideline as a template that „Neuer Leitfaden“ offers', async () => {
    const { page } = member;
    await page.getByRole('button', { name: 'Als Vorlage speichern' }).click();
    const dialog = page.getByRole('dialog', { name: 'Als Vorlage speichern' });
    await dialog.getByRole('textbox', { name: /^Name der Vorlage/ }).fill(templateName);
    await opened(page);
    await audit(page, 'save as template');
    await dialog.getByRole('button', { name: 'Als Vorlage speichern' }).click();
    await page.getByText(`Gespeichert als Vorlage „${templateName}“.`).waitFor();
    await page.goto('/leitfaeden/neu');
    await page.getByRole('radio', { name: new RegExp(`^${templateName}`) }).waitFor();
  });
});
