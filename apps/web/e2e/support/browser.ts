// Debian's Chromium driven by playwright-core (no browser download), with axe-core checking every
// page a journey visits: a serious or critical accessibility finding fails the journey.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const OUT_DIR = process.env.E2E_OUT_DIR ?? path.resolve(import.meta.dirname, '../../../../tmp/e2e');

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh browser profile (no cookies, no stored language) with one page open. */
export async function openBrowser(options: { width?: number; height?: number } = {}): Promise<Browser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'netzwerkstatt-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    baseURL: BASE_URL,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is now and throws on serious or critical findings (WCAG 2.1 A/AA
 * and best practices). Call it on every page a journey visits; `visit` does it for you.
 */
export async function audit(page: Page, label = page.url()): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  const loaded = await page.evaluate(
    () => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined',
  );
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const findings = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: unknown,
            options: unknown,
          ) => Promise<{
            violations: Array<{
              id: string;
              impact: string;
              help: string;
              nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      // The element and axe's own explanation (e.g. the measured colours) make a CI failure actionable.
      targets: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}\n      ${n.html}\n      ${n.failureSummary ?? ''}`),
    }));
  });
  const blocking = findings.filter(
    (finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical',
  );
  if (blocking.length > 0) {
    throw new Error(
      `accessibility findings on ${label}:\n${blocking.map((f: AxeFinding) => `  [${f.impact}] ${f.id}: ${f.help} → ${f.targets.join(', ')}`).join('\n')}`,
    );
  }
}

/**
 * Waits until the page has loaded its code and data (no request for half a second), shows its
 * heading and no loading indicator, then audits it.
 */
export async function settle(page: Page, label?: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('h1').first().waitFor();
  await page
    .waitForFunction(
      () =>
        document.querySelectorAll('[role="status"] .mantine-Loader-root, .mantine-Loader-root').length === 0,
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  await audit(page, label);
}

/** Opens a path of the app (full page load) and audits it. */
export async function visit(page: Page, pathname: string): Promise<void> {
  await page.goto(pathname);
  await settle(page, pathname);
}

/** Saves a screenshot to tmp/e2e/screenshots/<name>.png for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(OUT_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}
