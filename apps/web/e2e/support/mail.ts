import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const MAIL_DIR = process.env.E2E_MAIL_DIR ?? '';

/** Undoes quoted-printable: soft line breaks and =XX bytes (UTF-8). */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/i.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The text of the newest message the test SMTP server received for `to`, waiting up to 15 s for one. */
export async function latestMail(to: string, after = 0): Promise<{ text: string; count: number }> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const files = readdirSync(MAIL_DIR)
      .filter((name) => name.endsWith(`-${to}.eml`))
      .sort();
    if (files.length > after) {
      const raw = readFileSync(path.join(MAIL_DIR, files[files.length - 1]), 'utf8');
      const [head, ...rest] = raw.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      const text = /content-transfer-encoding: quoted-printable/i.test(head)
        ? decodeQuotedPrintable(body)
        : body;
      return { text, count: files.length };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail to ${to} in ${MAIL_DIR}`);
}

/** The one-time link in a message (German and English parts carry the same). */
export function linkIn(text: string, page: '/einladung' | '/passwort-neu'): string {
  const match = new RegExp(`https?://\\S+${page}\\?token=[A-Za-z0-9_-]+`).exec(text);
  if (!match) throw new Error(`no ${page} link in:\n${text}`);
  return match[0];
}
