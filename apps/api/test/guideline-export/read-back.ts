import mammoth from 'mammoth';
import { createRequire } from 'node:module';
import path from 'node:path';

const STANDARD_FONTS = `${path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

/** Each page's text as pdf.js reads it (legacy build, for Node). */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await task.destroy();
  return pages;
}

/** A DOCX as mammoth reads it: its raw text and its HTML (Word's headings as h1, h2 …). */
export async function docxContent(bytes: Uint8Array): Promise<{ text: string; html: string }> {
  const buffer = Buffer.from(bytes);
  const [text, html] = await Promise.all([
    mammoth.extractRawText({ buffer }),
    mammoth.convertToHtml({ buffer }),
  ]);
  return { text: text.value, html: html.value };
}

/** Spaces as pdf.js and Word may split them: one space each. */
export const squeeze = (text: string) => text.replace(/\s+/g, ' ');
