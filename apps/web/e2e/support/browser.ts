// The browser journeys' browser: Chromium as tools/browser/chromium.ts launches it, with axe-core
// checking every page a journey visits: a serious or critical accessibility finding fails the journey.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '#tools/chromium';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000';
export const OUT_DIR = process.env.E2E_OUT_DIR ?? path.resolve(import.meta.dirname, '../../../../tmp/e2e');

export type Browser = Chromium;

/** A fresh browser profile (no cookies, no stored language) with one page open on BASE_URL (or `baseURL`). */
export async function openBrowser(
  options: { width?: number; height?: number; baseURL?: string } = {},
): Promise<Browser> {
  const browser = await launchChromium({ ...options, baseURL: options.baseURL ?? BASE_URL });
  const failures: string[] = [];
  browser.page.on('pageerror', (error) => failures.push(error.message));
  return browser;
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
