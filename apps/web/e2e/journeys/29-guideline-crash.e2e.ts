import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { apiSignIn, createAccount, signIn, type Account } from '../support/accounts.ts';
import { openBrowser, screenshot, type Browser } from '../support/browser.ts';
import { unique } from '../support/data.ts';
import { download } from '../support/files.ts';
import { guidelineText, plainText, waitForText, waitUntilSaved } from '../support/guideline.ts';
import { OwnApi } from '../support/own-api.ts';

// Issue „Guidelines written together“, done means: two people write one guideline at once, the server is
// killed (kill -9) mid-sentence, and after the restart nothing either of them typed is missing; version 1
// is published and downloaded as DOCX and PDF with that text. The journey runs its own API process, so
// killing it leaves the other journeys' server alone.

const STANDARD_FONTS = `${path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await task.destroy();
  return pages.join(' ').replace(/\s+/g, ' ');
}

describe('the server is killed mid-sentence while two people write: nothing either typed is missing', () => {
  let api: OwnApi;
  let sina: Browser;
  let omar: Browser;
  let sinaAccount: Account;
  let omarAccount: Account;
  let guidelinePath: string;
  const title = unique('Leitfaden Ankommen');
  // Each sentence is typed whole by one person; the kill lands inside the first two.
  const sinaBefore = 'Sina schreibt über die Anerkennung ausländischer Berufsabschlüsse in Magdeburg.';
  const omarBefore = 'Omar ergänzt, wie die Ausländerbehörde Termine für Fachkräfte vergibt.';
  const sinaAfter = 'Sina tippt weiter, während der Server fehlt.';
  const omarAfter = 'Omar auch, mit Umlauten: Größe, Übergänge, Straße.';

  before(async () => {
    [sinaAccount, omarAccount] = await Promise.all([
      createAccount('steering', 'Sina Steuerung'),
      createAccount('member', 'Omar Okafor'),
    ]);
    api = await OwnApi.start();
    sina = await openBrowser({ baseURL: api.url });
    omar = await openBrowser({ baseURL: api.url });
  });
  after(async () => {
    await sina?.close();
    await omar?.close();
    await api?.stop();
  });

  it('both open one new guideline and write in it', async () => {
    await signIn(sina.page, sinaAccount, `/anmelden?weiter=${encodeURIComponent('/leitfaeden/neu')}`);
    await sina.page.getByRole('heading', { level: 1, name: 'Neuer Leitfaden' }).waitFor();
    await sina.page.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await sina.page.getByRole('button', { name: 'Anlegen' }).click();
    await sina.page.getByRole('heading', { level: 1, name: title }).waitFor();
    guidelinePath = new URL(sina.page.url()).pathname;
    await waitUntilSaved(sina.page);

    await signIn(omar.page, omarAccount, `/anmelden?weiter=${encodeURIComponent(guidelinePath)}`);
    await omar.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await waitUntilSaved(omar.page);

    await guidelineText(sina.page).click();
    await sina.page.keyboard.type('Ankommen in Sachsen-Anhalt.');
    await sina.page.keyboard.press('Enter');
    await waitForText(omar.page, 'Ankommen in Sachsen-Anhalt.');
    await guidelineText(omar.page).click();
    await omar.page.keyboard.press('Control+End');
    await omar.page.keyboard.press('Enter');
    await waitUntilSaved(sina.page);
  });

  it('keeps every keystroke when the server dies mid-sentence and comes back', async () => {
    const typing = (page: Page, sentence: string) => page.keyboard.type(` ${sentence}`, { delay: 30 });
    const writing = Promise.all([typing(sina.page, sinaBefore), typing(omar.page, omarBefore)]);
    // Mid-sentence: about a third of the way into both sentences.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await api.kill();
    await writing;
    // Without a server nothing can be confirmed; both keep writing.
    for (const page of [sina.page, omar.page]) {
      await page.locator('[data-sync="saved"]').waitFor({ state: 'detached', timeout: 20_000 });
    }
    await Promise.all([typing(sina.page, sinaAfter), typing(omar.page, omarAfter)]);

    await api.restart();
    for (const page of [sina.page, omar.page]) {
      await waitUntilSaved(page, 60_000);
      await waitForText(page, sinaBefore, omarBefore, sinaAfter, omarAfter);
    }
    assert.equal(await plainText(sina.page), await plainText(omar.page));
    await screenshot(sina.page, 'guideline-after-server-crash');
  });

  it('a third person opening it afterwards reads everything both typed', async () => {
    const third = await openBrowser({ baseURL: api.url });
    try {
      const reader = await createAccount('member', 'Lea Lesend');
      await signIn(third.page, reader, `/anmelden?weiter=${encodeURIComponent(guidelinePath)}`);
      await third.page.getByRole('heading', { level: 1, name: title }).waitFor();
      await waitUntilSaved(third.page);
      await waitForText(third.page, sinaBefore, omarBefore, sinaAfter, omarAfter);
    } finally {
      await third.close();
    }
  });

  it('publishes version 1 and downloads it as DOCX and PDF with the whole text', async () => {
    const { page } = sina;
    await page.getByRole('button', { name: 'Zur Prüfung geben' }).click();
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fassung 1 veröffentlichen' });
    await dialog.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText(/^Veröffentlicht: Fassung 1 \(Stand \d\d\.\d\d\.\d{4}\)$/).waitFor();

    const exported = async (label: string) => {
      await page.getByRole('button', { name: 'Exportieren' }).click();
      return download(page, page.getByRole('menuitem', { name: label }));
    };
    const docx = await exported('Word (DOCX)');
    assert.match(docx.fileName, /\.docx$/);
    const word = (await mammoth.extractRawText({ buffer: docx.bytes })).value.replace(/\s+/g, ' ');
    const pdf = await pdfText((await exported('PDF')).bytes);
    for (const shown of [word, pdf]) {
      for (const sentence of [title, sinaBefore, omarBefore, sinaAfter, omarAfter]) {
        assert.ok(shown.includes(sentence), `missing „${sentence}“ in ${shown.slice(0, 400)}`);
      }
    }
    // The session cookie also reaches the API directly: the same text as Markdown.
    const cookie = await apiSignIn(omarAccount);
    const markdown = await fetch(`${api.url}/guidelines/${guidelinePath.split('/').at(-1)}/export.md`, {
      headers: { cookie },
    }).then((response) => response.text());
    assert.ok(markdown.includes(omarAfter));
  });
});
