// The guideline editor as journeys see it: its text, what it shows, and the „Gespeichert“ pill.
import type { Page } from 'playwright-core';

/** The editor's text area. */
export const guidelineText = (page: Page) => page.locator('.guideline-text');

/** Waits until the editor's text contains every one of `parts`. */
export async function waitForText(page: Page, ...parts: string[]): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const shown = document.querySelector('.guideline-text')?.textContent ?? '';
      return wanted.every((part) => shown.includes(part));
    },
    parts,
    { timeout: 20_000 },
  );
}

/** The text as written, without the other people's caret labels. */
export async function plainText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const copy = document.querySelector('.guideline-text')?.cloneNode(true) as HTMLElement | undefined;
    copy?.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return copy?.textContent ?? '';
  });
}

/** Waits for „Gespeichert“: the server has confirmed every local edit. */
export async function waitUntilSaved(page: Page, timeout = 20_000): Promise<void> {
  await page.locator('[data-sync="saved"]').waitFor({ timeout });
}
