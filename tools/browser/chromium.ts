// Debian's Chromium driven by playwright-core (no browser download), headless, in a fresh profile per
// launch: the browser journeys (apps/web/e2e) and the web budget (tools/bench/web-budget.ts) both open
// it here. Imported from outside tools/ as `#tools/chromium` (package.json "imports").
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ChromiumOptions {
  width?: number;
  height?: number;
  /** Resolves relative `page.goto` paths. */
  baseURL?: string;
}

export interface Chromium {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * A fresh browser profile (no cookies, no cache, no stored language) with one page open, German locale
 * and Berlin time, 15 s default timeout. `close` ends the browser and removes the profile.
 */
export async function launchChromium(options: ChromiumOptions = {}): Promise<Chromium> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'netzwerkstatt-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    baseURL: options.baseURL,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
