import type { JSONContent } from '@netzwerkstatt/editor';
import mammoth from 'mammoth';
import { createRequire } from 'node:module';
import path from 'node:path';
import { exportMeta } from '../export-meta.js';
import { blocksOf } from './blocks.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderPdf } from './pdf.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: value,
  marks,
});
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const item = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content });
const task = (checked: boolean, value: string): JSONContent => ({
  type: 'taskItem',
  attrs: { checked },
  content: [p(text(value))],
});
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({
  type,
  content: [p(text(value))],
});

const BODY: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Ankommen in Sachsen-Anhalt')] },
    p(
      text('Fachkräfte '),
      text('gewinnen', [{ type: 'bold' }]),
      text(' mit '),
      { type: 'mention', attrs: { id: 'a-1', entityType: 'Actor', label: 'WelcomeCenter' } },
      text(' – „schnell“ und '),
      text('gründlich', [{ type: 'italic' }, { type: 'underline' }]),
      text('.'),
    ),
    { type: 'heading', attrs: { level: 2 }, content: [text('Schritte für Übergänge')] },
    {
      type: 'bulletList',
      content: [
        item(p(text('Beratung buchen')), { type: 'bulletList', content: [item(p(text('Größe prüfen')))] }),
        item(p(text('Straße eintragen', [{ type: 'strike' }]))),
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [item(p(text('Dritter Schritt'))), item(p(text('Vierter Schritt')))],
    },
    { type: 'taskList', content: [task(true, 'Übersetzung prüfen'), task(false, 'Zeugnis anerkennen')] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Schritt'), cell('tableHeader', 'Zuständig')] },
        { type: 'tableRow', content: [cell('tableCell', 'Anerkennung'), cell('tableCell', 'Ärztekammer')] },
      ],
    },
    { type: 'blockquote', content: [p(text('Zitat aus der Vereinbarung'))] },
    { type: 'horizontalRule' },
    p(text('Mehr unter '), text('Netzwerk', [{ type: 'link', attrs: { href: 'https://example.org/ä' } }])),
  ],
};

const META = exportMeta({
  id: 'g-1',
  title: 'Leitfaden Willkommenskultur: Öffnung & Übergänge',
  status: 'review',
  version: '1.2',
  licence: null,
  publishedAt: null,
  changedAt: ['2025-03-04T10:00:00.000Z', '2025-05-06T21:30:00.000Z'],
});

const STANDARD_FONTS = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: STANDARD_FONTS });
  const pdf = await task.promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((entry) => ('str' in entry ? entry.str : '')).join(' '));
  }
  await task.destroy();
  return pages;
}

function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

describe('what heads an export', () => {
  it('names status, version, „Stand“ (Berlin time) and CC BY 4.0 unless the guideline says otherwise', () => {
    expect(META).toMatchObject({
      status: 'In Prüfung',
      version: 'Version 1.2',
      stand: 'Stand: 06.05.2025',
      licence: 'Lizenz: CC BY 4.0',
    });
    const published = exportMeta({
      id: 'g',
      title: 'T',
      status: 'published',
      version: null,
      licence: 'CC BY-SA 4.0',
      publishedAt: '2024-12-31T23:30:00.000Z',
      changedAt: ['2025-02-01T00:00:00.000Z'],
    });
    expect(published).toMatchObject({ status: 'Veröffentlicht', version: null, stand: 'Stand: 01.01.2025' });
    expect(published.licence).toBe('Lizenz: CC BY-SA 4.0');
  });
});

describe('blocks for page layout', () => {
  it('flatten lists with their depth and markers, number ordered lists from their start, keep tables', () => {
    const blocks = blocksOf(BODY);
    const markers = blocks.flatMap((block) =>
      block.kind === 'paragraph' && block.marker
        ? [[block.depth, block.marker.type, block.runs[0]?.text]]
        : [],
    );
    expect(markers).toEqual([
      [1, 'bullet', 'Beratung buchen'],
      [2, 'bullet', 'Größe prüfen'],
      [1, 'bullet', 'Straße eintragen'],
      [1, 'number', 'Dritter Schritt'],
      [1, 'number', 'Vierter Schritt'],
      [1, 'task', 'Übersetzung prüfen'],
      [1, 'task', 'Zeugnis anerkennen'],
    ]);
    const numbers = blocks.flatMap((block) =>
      block.kind === 'paragraph' && block.marker?.type === 'number' ? [block.marker.value] : [],
    );
    expect(numbers).toEqual([3, 4]);
    expect(blocks.find((block) => block.kind === 'table')).toMatchObject({
      rows: [
        [{ header: true }, { header: true }],
        [{ header: false }, { header: false }],
      ],
    });
    const mention = blocks[1].kind === 'paragraph' ? blocks[1].runs.map((run) => run.text).join('') : '';
    expect(mention).toBe('Fachkräfte gewinnen mit WelcomeCenter – „schnell“ und gründlich.');
  });
});

describe('Markdown and HTML', () => {
  it('Markdown: title, metadata, licence, then the text', () => {
    const md = renderMarkdown(META, BODY);
    expect(md).toContain('# Leitfaden Willkommenskultur: Öffnung & Übergänge\n');
    expect(md).toContain('*In Prüfung · Version 1.2 · Stand: 06.05.2025*');
    expect(md).toContain('[Lizenz: CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.de)');
    expect(md).toContain('## Schritte für Übergänge');
    expect(md).toContain('- [x] Übersetzung prüfen');
    expect(md).toContain('| Anerkennung | Ärztekammer |');
  });

  it('HTML: one self-contained UTF-8 page, title escaped, no scripts', () => {
    const html = renderHtml({ ...META, title: 'A <script>alert(1)</script> & Ö' }, BODY);
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<h1>A &#60;script&#62;alert(1)&#60;/script&#62; &#38; Ö</h1>');
    expect(html).not.toContain('<script');
    expect(html).toContain('<h2>Schritte für Übergänge</h2>');
    expect(html).toContain('rel="license">Lizenz: CC BY 4.0</a>');
  });
});

describe('DOCX', () => {
  it('reads back with Word headings, lists, checklist boxes, the table and every German letter', async () => {
    const docx = await renderDocx(META, BODY);
    const raw = (await mammoth.extractRawText({ buffer: docx })).value;
    for (const expected of [
      'Leitfaden Willkommenskultur: Öffnung & Übergänge',
      'In Prüfung · Version 1.2 · Stand: 06.05.2025',
      'Lizenz: CC BY 4.0',
      'Fachkräfte gewinnen mit WelcomeCenter – „schnell“ und gründlich.',
      '☑\tÜbersetzung prüfen',
      '☐\tZeugnis anerkennen',
      'Ärztekammer',
      'Zitat aus der Vereinbarung',
    ]) {
      expect(raw).toContain(expected);
    }
    const html = (await mammoth.convertToHtml({ buffer: docx })).value;
    expect(html).toContain('<h1>Ankommen in Sachsen-Anhalt</h1>');
    expect(html).toContain('<h2>Schritte für Übergänge</h2>');
    expect(html).toContain('<strong>gewinnen</strong>');
    expect(html).toMatch(
      /<ul><li>Beratung buchen<ul><li>Größe prüfen<\/li><\/ul><\/li><li><s>Straße eintragen<\/s><\/li><\/ul>/,
    );
    expect(html).toContain('<ol><li>Dritter Schritt</li><li>Vierter Schritt</li></ol>');
    expect(html).toContain('<th><p><strong>Schritt</strong></p></th>');
    expect(html).toContain('<td><p>Ärztekammer</p></td>');
    expect(html).toContain('<a href="https://example.org/ä">Netzwerk</a>');
  });
});

describe('PDF', () => {
  it('reads back with title, metadata, headings, umlauts, German quotes and page numbers', async () => {
    const pages = await pdfText(await collect(renderPdf(META, BODY)));
    expect(pages).toHaveLength(1);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'Leitfaden Willkommenskultur: Öffnung & Übergänge',
      'In Prüfung · Version 1.2 · Stand: 06.05.2025',
      'Lizenz: CC BY 4.0',
      'Ankommen in Sachsen-Anhalt',
      'Schritte für Übergänge',
      '„schnell“',
      'Größe prüfen',
      'Übersetzung prüfen',
      'Ärztekammer',
      '3.',
      'Seite 1 von 1',
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('writes names in every script the network meets, in text, bold, code and tables', async () => {
    const names = 'Łódź Čapek Ağrı Şahin Țară Nguyễn Ελλάδα Привет';
    const body: JSONContent = {
      type: 'doc',
      content: [
        p(text(names)),
        p(text('Ağrı', [{ type: 'bold' }]), text(' Привет', [{ type: 'code' }])),
        { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader', 'Łódź')] }] },
      ],
    };
    const all = (await pdfText(await collect(renderPdf({ ...META, title: 'Ankommen: Şahin' }, body))))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(all).toContain(names);
    expect(all).toContain('Ankommen: Şahin');
    expect(all).toContain('Ağrı Привет');
    expect(all).not.toContain('?');
  });

  it('breaks a long document into numbered pages, repeating a table’s header row', async () => {
    const long: JSONContent = {
      type: 'doc',
      content: [
        ...Array.from({ length: 60 }, (_, index) =>
          p(text(`Absatz ${index + 1}: Äpfel, Öfen und Übergänge.`)),
        ),
        {
          type: 'table',
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Kopf A'), cell('tableHeader', 'Kopf B')] },
            ...Array.from({ length: 60 }, (_, index) => ({
              type: 'tableRow',
              content: [cell('tableCell', `Zeile ${index + 1}`), cell('tableCell', 'Größe')],
            })),
          ],
        },
      ],
    };
    const pages = await pdfText(await collect(renderPdf(META, long)));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => expect(page).toContain(`Seite ${index + 1} von ${pages.length}`));
    expect(pages.at(-1)).toContain('Kopf A');
    expect(pages.join(' ')).toContain('Zeile 60');
  });
});
