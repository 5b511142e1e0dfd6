// Downloads and uploads in journeys: what a person gets from a download button, as bytes and text.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';

export interface Downloaded {
  fileName: string;
  bytes: Buffer;
  /** UTF-8 text, BOM included (so a journey can check it is there). */
  text: string;
}

/** Clicks `trigger` and returns the file the browser downloaded. */
export async function download(page: Page, trigger: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = await file.path();
  const bytes = readFileSync(path);
  return { fileName: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** A word of letters only, which the full-text search keeps whole: a filter that finds exactly one journey's data. */
export function letterTag(prefix = 'zq'): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return prefix + Array.from(randomBytes(10), (byte) => letters[byte % letters.length]).join('');
}

/** Chooses a file with this name and content in the page's (one) file input, as a person picking it would. */
export async function chooseFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer });
}
