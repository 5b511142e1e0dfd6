import * as Y from 'yjs';
import { editorSchema } from './extensions.js';
import { jsonToHtml } from './html.js';
import { jsonToMarkdown } from './markdown.js';
import { mentionsIn } from './mentions.js';
import { jsonToText } from './text.js';
import { seedFromJSON, yDocToJSON } from './ydoc.js';
import type { JSONContent } from '@tiptap/core';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: value,
  marks,
});
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const mention = (id: string, entityType: string, label: string): JSONContent => ({
  type: 'mention',
  attrs: { id, entityType, label },
});
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({
  type,
  content: [p(text(value))],
});

const GUIDELINE: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Willkommen in Sachsen-Anhalt')] },
    p(
      text('Fachkräfte '),
      text('gewinnen', [{ type: 'bold' }]),
      text(' mit '),
      mention('a-1', 'Actor', 'WelcomeCenter'),
      text(' für '),
      mention('c-1', 'Challenge', 'Anerkennung'),
      text('.'),
    ),
    {
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true }, content: [p(text('Übersetzung prüfen'))] },
        { type: 'taskItem', attrs: { checked: false }, content: [p(text('Straße eintragen'))] },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [cell('tableHeader', 'Schritt'), cell('tableHeader', 'Zuständig')] },
        { type: 'tableRow', content: [cell('tableCell', 'Beratung'), cell('tableCell', 'Kammer')] },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Größe <b>'))] }] },
    { type: 'blockquote', content: [p(text('Zitat'))] },
    { type: 'horizontalRule' },
  ],
};

function seeded(json: JSONContent = GUIDELINE): Y.Doc {
  const doc = new Y.Doc();
  seedFromJSON(doc, json);
  return doc;
}

describe('a guideline document through Yjs', () => {
  it('comes back from a Y.Doc as the JSON it was seeded with, umlauts, tables, tasks and mentions included', () => {
    const json = yDocToJSON(seeded());
    expect(editorSchema().nodeFromJSON(json).toJSON()).toEqual(
      editorSchema().nodeFromJSON(GUIDELINE).toJSON(),
    );
  });

  it('survives the trip through an update to another Y.Doc', () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(seeded()));
    expect(jsonToText(yDocToJSON(copy))).toContain('Übersetzung prüfen');
  });

  it('refuses to seed a document twice, which would duplicate its text', () => {
    const doc = seeded();
    expect(() => seedFromJSON(doc, GUIDELINE)).toThrow(/already/);
  });

  it('refuses JSON the schema does not allow', () => {
    expect(() => seedFromJSON(new Y.Doc(), { type: 'doc', content: [{ type: 'script' }] })).toThrow();
  });

  it('reads an empty document as an empty doc', () => {
    expect(yDocToJSON(new Y.Doc())).toEqual({ type: 'doc', content: [] });
    expect(jsonToText(yDocToJSON(new Y.Doc()))).toBe('');
  });
});

describe('conversions', () => {
  const json = yDocToJSON(seeded());

  it('plain text: one block a line, cells by tabs, mentions as @label and #label', () => {
    expect(jsonToText(json)).toBe(
      [
        'Willkommen in Sachsen-Anhalt',
        'Fachkräfte gewinnen mit @WelcomeCenter für #Anerkennung.',
        'Übersetzung prüfen',
        'Straße eintragen',
        'Schritt\tZuständig',
        'Beratung\tKammer',
        'Größe <b>',
        'Zitat',
      ].join('\n'),
    );
  });

  it('Markdown: headings, marks, task lists, tables, lists, quotes and rules', () => {
    expect(jsonToMarkdown(json)).toBe(
      [
        '# Willkommen in Sachsen-Anhalt',
        'Fachkräfte **gewinnen** mit @WelcomeCenter für #Anerkennung.',
        '- [x] Übersetzung prüfen\n- [ ] Straße eintragen',
        '| Schritt | Zuständig |\n| --- | --- |\n| Beratung | Kammer |',
        '- Größe \\<b\\>',
        '> Zitat',
        '---',
      ].join('\n\n') + '\n',
    );
  });

  it('Markdown keeps emphasis next to its text and escapes syntax a person typed', () => {
    const md = jsonToMarkdown({
      type: 'doc',
      content: [
        p(text('fett ', [{ type: 'bold' }]), text('*nicht*'), text(' und [x]')),
        p(text('# keine Überschrift')),
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [
            {
              type: 'listItem',
              content: [
                p(text('drei')),
                { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('innen'))] }] },
              ],
            },
          ],
        },
        p(text('Seite', [{ type: 'link', attrs: { href: 'https://example.org/a b' } }])),
      ],
    });
    expect(md).toBe(
      '**fett** \\*nicht\\* und \\[x\\]\n\n\\# keine Überschrift\n\n3. drei\n   - innen\n\n[Seite](https://example.org/a%20b)\n',
    );
  });

  it('HTML: escaped text and attributes, safe links only, mentions as data spans', () => {
    const html = jsonToHtml({
      type: 'doc',
      content: [
        p(
          text('<script>"x"</script>'),
          text('böse', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          text('gut', [{ type: 'link', attrs: { href: 'https://example.org/?a=1&b=2' } }]),
        ),
        ...(GUIDELINE.content ?? []),
      ],
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&#60;script&#62;&#34;x&#34;&#60;/script&#62;böse');
    expect(html).toContain(
      '<a href="https://example.org/?a=1&#38;b=2" rel="noopener noreferrer nofollow">gut</a>',
    );
    expect(html).toContain('<h1>Willkommen in Sachsen-Anhalt</h1>');
    expect(html).toContain(
      '<span data-type="mention" data-id="a-1" data-entity-type="Actor" data-label="WelcomeCenter">@WelcomeCenter</span>',
    );
    expect(html).toContain(
      '<li data-type="taskItem" data-checked="true"><input type="checkbox" disabled checked>',
    );
    expect(html).toContain('<table><tbody><tr><th><p>Schritt</p></th><th><p>Zuständig</p></th></tr>');
    expect(html).toContain('<hr>');
  });

  it('mentions: each entity once, in document order, unknown kinds and missing ids left out', () => {
    const doc = seeded({
      type: 'doc',
      content: [
        p(mention('a-1', 'Actor', 'WelcomeCenter'), mention('c-1', 'Challenge', 'Anerkennung')),
        p(mention('a-1', 'Actor', 'Welcome Center'), mention('u-1', 'User', 'x'), mention('', 'Person', 'y')),
        p(mention('f-1', 'ActionField', 'Ankommen')),
      ],
    });
    expect(mentionsIn(yDocToJSON(doc))).toEqual([
      { id: 'a-1', entityType: 'Actor', label: 'WelcomeCenter' },
      { id: 'c-1', entityType: 'Challenge', label: 'Anerkennung' },
      { id: 'f-1', entityType: 'ActionField', label: 'Ankommen' },
    ]);
  });

  it('sees an edit made by another Y.Doc after the updates are exchanged', () => {
    const a = seeded({ type: 'doc', content: [p(text('Hallo'))] });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const paragraph = b.getXmlFragment('default').get(0) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(5, ' Welt');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    expect(jsonToText(yDocToJSON(a))).toBe('Hallo Welt');
  });
});
