import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAccount, signIn, type Account } from '../support/accounts.ts';
import { openBrowser, screenshot, settle, type Browser } from '../support/browser.ts';

// Top-level groups of the translation files: a raw key on screen looks like "actors.title".
const groups = Object.keys(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../src/i18n/de.json'), 'utf8')),
);
const RAW_KEY = new RegExp(`\\b(${groups.join('|')})\\.[A-Za-z_]+(\\.[A-Za-z_]+)*\\b`);

const PAGES = [
  '/',
  '/prozesskette',
  '/akteure',
  '/personen',
  '/herausforderungen',
  '/loesungsansaetze',
  '/gute-praxis',
  '/akteure/neu',
  '/herausforderungen/neu',
  '/suche?q=Magdeburg',
];

describe('German and English', () => {
  let browser: Browser;
  let member: Account;

  before(async () => {
    browser = await openBrowser();
    member = await createAccount('member');
  });
  after(async () => browser?.close());

  it('switches to English and back, remembered after a reload, with no untranslated key anywhere', async () => {
    const { page } = browser;
    await signIn(page, member);
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Actors', exact: true }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    for (const pathname of PAGES) {
      await page.goto(pathname);
      await settle(page, `${pathname} (en)`);
      const text = await page.locator('body').innerText();
      assert.doesNotMatch(text, RAW_KEY, `raw translation key on ${pathname}`);
      assert.doesNotMatch(
        text,
        /Wird geladen|Herausforderungen filtern|Akteur anlegen/,
        `German text on ${pathname}`,
      );
      if (pathname === '/prozesskette' || pathname === '/')
        await screenshot(page, `en${pathname === '/' ? '-home' : pathname.replace(/\//g, '-')}`);
    }

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('link', { name: 'Akteure', exact: true }).waitFor();
    for (const pathname of PAGES) {
      await page.goto(pathname);
      await settle(page, `${pathname} (de)`);
      assert.doesNotMatch(
        await page.locator('body').innerText(),
        RAW_KEY,
        `raw translation key on ${pathname}`,
      );
    }
    assert.equal(await page.getAttribute('html', 'lang'), 'de');
  });
});
