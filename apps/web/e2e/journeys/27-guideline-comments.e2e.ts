import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, gql, signIn, type Account } from '../support/accounts.ts';
import { audit, openBrowser, screenshot, type Browser } from '../support/browser.ts';
import { unique } from '../support/data.ts';

const SENTENCE = 'Hier fehlt die Quelle zum Antrag.';
const text = (page: Page) => page.locator('.guideline-text');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Kommentare' });
const threads = (page: Page) =>
  panel(page).getByRole('list', { name: 'Kommentare in der Reihenfolge des Textes' });

/** Waits until the text (without the other people's caret labels) contains `part`. */
async function waitForText(page: Page, part: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const copy = document.querySelector('.guideline-text')?.cloneNode(true) as HTMLElement | undefined;
      copy?.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
      return (copy?.textContent ?? '').includes(wanted);
    },
    part,
    { timeout: 20_000 },
  );
}

async function waitUntilSaved(page: Page): Promise<void> {
  await page.locator('[data-sync="saved"]').waitFor({ timeout: 15_000 });
}

/** The words each thread marks in the text, by thread. */
async function marked(page: Page): Promise<string[]> {
  return page.locator('.guideline-text [data-comment-thread]').allTextContents();
}

/**
 * After a click the editor sets the selection itself and, in Chromium, ignores selection changes for
 * 50 ms; a person's next key comes later than that, a script's must wait.
 */
async function settleClick(page: Page): Promise<void> {
  await page.waitForTimeout(150);
}

/** Puts the caret at the start of the text with Strg+Pos1, again if the editor set it back meanwhile. */
async function caretToStart(page: Page): Promise<void> {
  const atStart = () =>
    page.evaluate(() => {
      const selection = window.getSelection();
      const first = document.querySelector('.guideline-text p')?.firstChild;
      return (
        selection?.isCollapsed === true && selection.anchorOffset === 0 && selection.anchorNode === first
      );
    });
  for (let attempt = 0; attempt < 5; attempt++) {
    await settleClick(page);
    await page.keyboard.press('Control+Home');
    await page.waitForTimeout(200);
    if (await atStart()) return;
  }
  throw new Error('the caret did not stay at the start of the text');
}

/** Selects `words` in the text's only paragraph with the keyboard: End, then back, then Shift. */
async function selectWithKeys(page: Page, paragraph: string, words: string): Promise<void> {
  await text(page).locator('p').first().click();
  await settleClick(page);
  await page.keyboard.press('End');
  const after = paragraph.length - (paragraph.indexOf(words) + words.length);
  for (let i = 0; i < after; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  assert.equal(await page.evaluate(() => window.getSelection()?.toString()), words);
}

/** Selects `words` as a pointer would (others' carets in the line make counting keys unreliable). */
async function selectWords(page: Page, words: string): Promise<void> {
  await text(page).click();
  await page.evaluate((wanted) => {
    // The text nodes as the text reads (marks split words into several), without caret labels.
    const root = document.querySelector('.guideline-text') as HTMLElement;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const parts: { node: Text; start: number }[] = [];
    let all = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('.collaboration-carets__caret')) continue;
      parts.push({ node: node as Text, start: all.length });
      all += node.textContent ?? '';
    }
    const from = all.indexOf(wanted);
    if (from < 0) throw new Error(`"${wanted}" is not in the text`);
    const at = (offset: number, end: boolean) => {
      const part = parts.findLast((each) => (end ? each.start < offset : each.start <= offset))!;
      return [part.node, offset - part.start] as const;
    };
    const range = document.createRange();
    range.setStart(...at(from, false));
    range.setEnd(...at(from + wanted.length, true));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
  }, words);
  await page.waitForFunction((wanted) => window.getSelection()?.toString() === wanted, words);
}

describe('comments on a guideline: anchored, mentioned, answered, resolved', () => {
  let clara: Browser;
  let bruno: Browser;
  let claraAccount: Account;
  let brunoAccount: Account;
  let path: string;
  const title = unique('Leitfaden Kommentare');
  // A word of Bruno's name that no other account has, for the `@` suggestions.
  const brunoTag = `Q${randomUUID().slice(0, 6)}`;

  before(async () => {
    [claraAccount, brunoAccount] = await Promise.all([
      createAccount('member', 'Clara Kommentar'),
      createAccount('member', `Bruno ${brunoTag}`),
    ]);
    const cookie = await apiSignIn(claraAccount);
    const created = await gql<{ createGuideline: { id: string } }>(
      'mutation Create($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
      { input: { title } },
      cookie,
    );
    path = `/leitfaeden/${created.createGuideline.id}`;
    clara = await openBrowser();
    bruno = await openBrowser();
  });
  after(async () => {
    await clara?.close();
    await bruno?.close();
  });

  it('Clara writes a sentence and Bruno opens the same guideline', async () => {
    await signIn(clara.page, claraAccount, `/anmelden?weiter=${encodeURIComponent(path)}`);
    await text(clara.page).click();
    await clara.page.keyboard.type(SENTENCE);
    await waitUntilSaved(clara.page);
    await signIn(bruno.page, brunoAccount, `/anmelden?weiter=${encodeURIComponent(path)}`);
    await waitForText(bruno.page, SENTENCE);
    await panel(bruno.page).getByText('Noch keine Kommentare.', { exact: false }).waitFor();
  });

  it('Clara selects „Quelle“, presses Strg+Alt+M and comments, mentioning Bruno', async () => {
    const { page } = clara;
    await selectWithKeys(page, SENTENCE, 'Quelle');
    await page.keyboard.press('Control+Alt+m');
    const box = panel(page).getByRole('textbox', { name: 'Neuer Kommentar' });
    await box.waitFor();
    await panel(page).getByText('„Quelle“').waitFor();
    // The words stay marked while the comment is written.
    assert.deepEqual(await marked(page), ['Quelle']);
    await page.waitForFunction(() => document.activeElement?.classList.contains('comment-input'));
    await page.keyboard.type(`Bitte belegen, @${brunoTag}`, { delay: 20 });
    await page.getByRole('option', { name: new RegExp(brunoTag) }).waitFor();
    await audit(page, 'comment being written with a mention suggestion');
    await page.keyboard.press('Enter');
    await page.keyboard.type('kannst du das übernehmen?');
    await page.keyboard.press('Control+Enter');
    await threads(page).getByText(`Bitte belegen, @Bruno ${brunoTag} kannst du das übernehmen?`).waitFor();
    await box.waitFor({ state: 'detached' });
    assert.deepEqual(await marked(page), ['Quelle']);
    await screenshot(page, 'guideline-comment-thread');
    await audit(page, 'guideline with a comment thread');
  });

  it('Bruno sees the thread, its marked words and the notification without reloading', async () => {
    const { page } = bruno;
    await threads(page).getByText('Bitte belegen,', { exact: false }).waitFor({ timeout: 20_000 });
    assert.deepEqual(await marked(page), ['Quelle']);
    await page.getByRole('link', { name: 'Benachrichtigungen: 1 ungelesen' }).waitFor({ timeout: 20_000 });
  });

  it('Bruno types before the words; Clara’s mark still covers exactly „Quelle“', async () => {
    await text(bruno.page).locator('p').first().click();
    await caretToStart(bruno.page);
    await bruno.page.keyboard.type('Achtung: ');
    await waitForText(clara.page, `Achtung: ${SENTENCE}`);
    assert.deepEqual(await marked(clara.page), ['Quelle']);
    assert.deepEqual(await marked(bruno.page), ['Quelle']);
  });

  it('Bruno replies, and Clara sees the reply', async () => {
    const { page } = bruno;
    await threads(page).getByRole('button', { name: 'Antworten' }).click();
    // Into the reply box, wherever the focus is at that moment.
    const reply = threads(page).getByRole('textbox', { name: 'Antwort an Clara Kommentar' });
    await reply.click();
    await page.keyboard.type('Mache ich bis Freitag.');
    await threads(page).getByText('Mache ich bis Freitag.').waitFor();
    await threads(page).getByRole('button', { name: 'Antwort senden' }).click();
    await threads(page).getByText('Mache ich bis Freitag.').waitFor();
    await threads(clara.page).getByText('Mache ich bis Freitag.').waitFor({ timeout: 20_000 });
  });

  it('Bruno follows the notification to the thread', async () => {
    const { page } = bruno;
    await page.getByRole('link', { name: 'Benachrichtigungen: 1 ungelesen' }).click();
    await page.getByRole('link', { name: new RegExp(`Clara Kommentar hat dich .*${title}`) }).click();
    await page.waitForURL((url) => url.hash.startsWith('#kommentar-'));
    await threads(page).locator('li[aria-current="true"]', { hasText: 'Bitte belegen,' }).waitFor();
  });

  it('clicking a thread’s words selects them in the text', async () => {
    const { page } = clara;
    await threads(page).getByRole('button', { name: 'Zur Textstelle: „Quelle“' }).click();
    await page.waitForFunction(() => window.getSelection()?.toString() === 'Quelle');
    assert.equal(await page.locator('.guideline-comment--active').textContent(), 'Quelle');
  });

  it('a comment on words that are then deleted stays, marked „Text entfernt“', async () => {
    const { page } = clara;
    await selectWords(page, 'Antrag');
    await page
      .getByRole('toolbar', { name: 'Formatierung' })
      .getByRole('button', { name: 'Kommentieren' })
      .click();
    await panel(page).getByRole('textbox', { name: 'Neuer Kommentar' }).waitFor();
    await page.keyboard.type('Welcher Antrag ist gemeint?');
    await panel(page).getByRole('button', { name: 'Kommentar senden' }).click();
    await threads(page).getByText('Welcher Antrag ist gemeint?').waitFor();
    assert.deepEqual(await marked(page), ['Quelle', 'Antrag']);
    // The list follows the text: „Quelle“ before „Antrag“.
    const order = await threads(page).locator('> li').allTextContents();
    assert.ok(order[0].includes('Bitte belegen') && order[1].includes('Welcher Antrag'));

    await selectWords(page, 'zum Antrag');
    await page.keyboard.press('Backspace');
    await waitUntilSaved(page);
    for (const each of [page, bruno.page]) {
      const removed = threads(each).locator('> li', { hasText: 'Welcher Antrag ist gemeint?' });
      await removed.getByText('Text entfernt').waitFor({ timeout: 20_000 });
      assert.deepEqual(await marked(each), ['Quelle']);
    }
  });

  it('Clara resolves the first thread: it leaves the list, the filter shows it again, Bruno sees it go', async () => {
    const { page } = clara;
    const first = threads(page).locator('> li', { hasText: 'Bitte belegen,' });
    await first.getByRole('button', { name: 'Erledigt' }).click();
    await first.waitFor({ state: 'detached' });
    assert.deepEqual(await marked(page), []);
    await panel(page).getByRole('switch', { name: 'Erledigte zeigen (1)' }).check();
    await first.getByText('Erledigt von Clara Kommentar', { exact: false }).waitFor();
    await first.getByRole('button', { name: 'Wieder öffnen' }).waitFor();
    await audit(page, 'comments with a resolved thread shown');
    await threads(bruno.page)
      .locator('> li', { hasText: 'Bitte belegen,' })
      .waitFor({ state: 'detached', timeout: 20_000 });
  });
});
