import { type JSONContent, seedFromJSON } from '@netzwerkstatt/editor';
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { DocumentRegistry } from '../../src/collab/document/document-registry.js';
import { actorNode, graphTag, ok } from '../support/factories-graph.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { editor, newGuideline, synced, until, type Editor } from '../collab/collab-clients.js';
import { docxContent, pdfPages, squeeze } from './read-back.js';

const text = (value: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: value,
  marks,
});
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content });
const heading = (level: number, value: string): JSONContent => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const item = (value: string): JSONContent => ({ type: 'listItem', content: [p(text(value))] });
const task = (checked: boolean, value: string): JSONContent => ({
  type: 'taskItem',
  attrs: { checked },
  content: [p(text(value))],
});
const cell = (type: 'tableHeader' | 'tableCell', value: string): JSONContent => ({
  type,
  content: [p(text(value))],
});

function guidelineText(actorId: string): JSONContent {
  return {
    type: 'doc',
    content: [
      heading(1, 'Ankommen und Anerkennung'),
      p(
        text('Fachkräfte aus dem Ausland '),
        text('gewinnen', [{ type: 'bold' }]),
        text(' – „gemeinsam“ mit dem '),
        { type: 'mention', attrs: { id: actorId, entityType: 'Actor', label: 'WelcomeCenter Süd' } },
        text(' und der Straßenbahn.'),
      ),
      heading(2, 'Schritte für Übergänge'),
      { type: 'bulletList', content: [item('Beratung buchen'), item('Größe der Wohnung prüfen')] },
      {
        type: 'taskList',
        content: [task(true, 'Übersetzung prüfen lassen'), task(false, 'Zeugnis anerkennen')],
      },
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Schritt'), cell('tableHeader', 'Zuständig')] },
          { type: 'tableRow', content: [cell('tableCell', 'Anerkennung'), cell('tableCell', 'Ärztekammer')] },
        ],
      },
    ],
  };
}

interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: string;
}

describe('exporting a guideline: Markdown, HTML, DOCX and PDF from the server', () => {
  let t: TestApp;
  let member: string;
  let client: Editor | undefined;
  let id: string;
  let title: string;
  const tag = graphTag();

  async function download(guidelineId: string, extension: string, token?: string): Promise<Download> {
    const response = await fetch(`${t.url}/guidelines/${guidelineId}/export.${extension}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      text: new TextDecoder().decode(bytes),
    };
  }

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
    const actor = await actorNode(t, `WelcomeCenter Süd ${tag}`);
    title = `Leitfaden Fachkräfte: Übergänge gestalten ${tag}`;
    id = await newGuideline(t, member, title);
    client = editor(t, id, member);
    await synced(client);
    // The client writes the text as the web editor would: one update over the socket.
    seedFromJSON(client.doc, guidelineText(actor));
    // The live document has it once the server stored and applied the update.
    await until(
      async () => (await download(id, 'md', member)).text.includes('Zeugnis anerkennen'),
      8000,
      'the text in the export',
    );
    // On a fresh database the first start also migrates and seeds.
  }, 180_000);
  afterAll(async () => {
    client?.destroy();
    await t.close();
  });

  it('Markdown: title, status, „Stand“, licence, both heading levels, list, checklist, table and mention', async () => {
    const md = await download(id, 'md', member);
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toBe(
      `attachment; filename="leitfaden-fachkraefte-uebergaenge-gestalten-${tag}.md"`,
    );
    expect(md.headers.get('cache-control')).toBe('no-store');
    expect(md.text).toContain(`# Leitfaden Fachkräfte: Übergänge gestalten ${tag}\n`);
    expect(md.text).toMatch(/\*Entwurf · Stand: \d\d\.\d\d\.\d{4}\*/);
    expect(md.text).toContain('Lizenz: CC BY 4.0');
    for (const expected of [
      '\n# Ankommen und Anerkennung\n',
      '\n## Schritte für Übergänge\n',
      'Fachkräfte aus dem Ausland **gewinnen** – „gemeinsam“ mit dem @WelcomeCenter Süd und der Straßenbahn.',
      '- Größe der Wohnung prüfen',
      '- [x] Übersetzung prüfen lassen\n- [ ] Zeugnis anerkennen',
      '| Anerkennung | Ärztekammer |',
    ]) {
      expect(md.text).toContain(expected);
    }
  });

  it('HTML: one UTF-8 page with the headings, the text, the checklist and the table', async () => {
    const html = await download(id, 'html', member);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toMatch(
      /^attachment; filename="leitfaden-[a-z0-9-]+\.html"$/,
    );
    expect(html.headers.get('cache-control')).toBe('no-store');
    for (const expected of [
      '<meta charset="utf-8">',
      `<title>Leitfaden Fachkräfte: Übergänge gestalten ${tag}</title>`,
      '<h1>Ankommen und Anerkennung</h1>',
      '<h2>Schritte für Übergänge</h2>',
      '<strong>gewinnen</strong> – „gemeinsam“ mit dem <span data-type="mention"',
      '>@WelcomeCenter Süd</span> und der Straßenbahn.',
      '<li><p>Größe der Wohnung prüfen</p></li>',
      'data-checked="true"><input type="checkbox" disabled checked>',
      '<td><p>Ärztekammer</p></td>',
      'Lizenz: CC BY 4.0',
    ]) {
      expect(html.text).toContain(expected);
    }
  });

  it('DOCX: mammoth reads the title, the same headings as Word headings, the text, list, checklist and table', async () => {
    const docx = await download(id, 'docx', member);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers.get('content-disposition')).toMatch(
      /filename="leitfaden-fachkraefte-[a-z0-9-]+\.docx"$/,
    );
    const { text: raw, html } = await docxContent(docx.bytes);
    for (const expected of [
      title,
      'Lizenz: CC BY 4.0',
      'Fachkräfte aus dem Ausland gewinnen – „gemeinsam“ mit dem WelcomeCenter Süd und der Straßenbahn.',
      '☑\tÜbersetzung prüfen lassen',
      '☐\tZeugnis anerkennen',
      'Ärztekammer',
    ]) {
      expect(raw).toContain(expected);
    }
    expect(html).toContain('<h1>Ankommen und Anerkennung</h1>');
    expect(html).toContain('<h2>Schritte für Übergänge</h2>');
    expect(html).toContain('<ul><li>Beratung buchen</li><li>Größe der Wohnung prüfen</li></ul>');
    expect(html).toMatch(/<table>.*Schritt.*Zuständig.*Anerkennung.*Ärztekammer.*<\/table>/);
  });

  it('PDF: pdf.js reads the title, status and licence, the headings and the umlaut text', async () => {
    const pdf = await download(id, 'pdf', member);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(
      /filename="leitfaden-fachkraefte-[a-z0-9-]+\.pdf"$/,
    );
    expect(pdf.headers.get('cache-control')).toBe('no-store');
    const pages = await pdfPages(pdf.bytes);
    const all = squeeze(pages.join(' '));
    for (const expected of [
      title,
      'Entwurf · Stand:',
      'Lizenz: CC BY 4.0',
      'Ankommen und Anerkennung',
      'Schritte für Übergänge',
      'Fachkräfte aus dem Ausland gewinnen – „gemeinsam“ mit dem WelcomeCenter Süd und der Straßenbahn.',
      'Größe der Wohnung prüfen',
      'Übersetzung prüfen lassen',
      'Ärztekammer',
      `Seite 1 von ${pages.length}`,
    ]) {
      expect(all).toContain(expected);
    }
  });

  it('while someone writes: the live text, ahead of what is stored', async () => {
    const storedText = async () =>
      String(
        (
          await t.neo4j.read((tx) =>
            tx.run('MATCH (c:GuidelineContent {guidelineId: $id}) RETURN c.text AS text', { id }),
          )
        ).records[0].get('text'),
      );
    // Compaction stores the text about 2 s after the last update. An export answered while the stored
    // text (read just before asking) still lacked the word shows the live document. On a machine so busy
    // that compaction wins the race, a new word is typed and the race run again.
    let shownAhead = false;
    for (let attempt = 1; attempt <= 5 && !shownAhead; attempt += 1) {
      const word = `Livewort${attempt}${tag}`;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(word)]);
      client!.doc.getXmlFragment('default').push([paragraph]);
      await until(
        async () => {
          const storedBefore = await storedText();
          if (!(await download(id, 'md', member)).text.includes(word)) return false;
          shownAhead = !storedBefore.includes(word);
          return true;
        },
        20_000,
        'the live edit',
      );
    }
    expect(shownAhead).toBe(true);
  });

  it('after everyone left: the stored state plus updates still in the log, never an older copy', async () => {
    client?.destroy();
    client = undefined;
    // Unloaded once the server noticed and folded its log into the stored state.
    const registry = t.app.get(DocumentRegistry);
    await until(
      () => !registry.openDocuments().some((document) => document.id === id),
      8000,
      'the document to unload',
    );
    // An update stored in the log but not yet compacted (as after a crash between the two).
    const stored = await t.neo4j.read((tx) =>
      tx.run('MATCH (c:GuidelineContent {guidelineId: $id}) RETURN c.state AS state', { id }),
    );
    const state = stored.records[0].get('state') as Int8Array;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(state.buffer, state.byteOffset, state.byteLength));
    const before = Y.encodeStateVector(doc);
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(`Nachtrag über Öffnungszeiten ${tag}`)]);
    doc.getXmlFragment('default').push([paragraph]);
    const update = Y.encodeStateAsUpdate(doc, before);
    await t.neo4j.write((tx) =>
      tx.run(
        `CREATE (:GuidelineUpdate {guidelineId: $id, seq: 1000000, update: $update, userId: 'test', at: datetime()})`,
        { id, update: new Int8Array(update.buffer, update.byteOffset, update.byteLength) },
      ),
    );

    const md = await download(id, 'md', member);
    expect(md.text).toContain('## Schritte für Übergänge');
    expect(md.text).toContain(`Nachtrag über Öffnungszeiten ${tag}`);
    const pdf = squeeze((await pdfPages((await download(id, 'pdf', member)).bytes)).join(' '));
    expect(pdf).toContain(`Nachtrag über Öffnungszeiten ${tag}`);
  });

  it('a guideline never opened exports its empty text under its title', async () => {
    const fresh = await newGuideline(t, member, `Straße ${tag}`);
    const md = await download(fresh, 'md', member);
    expect(md.status).toBe(200);
    expect(md.text).toBe(
      `# Straße ${tag}\n\n*Entwurf · ${md.text.match(/Stand: [\d.]+/)?.[0]}*  \n*[Lizenz: CC BY 4.0](https://creativecommons.org/licenses/by/4.0/deed.de)*\n`,
    );
    expect((await download(fresh, 'pdf', member)).status).toBe(200);
    expect((await download(fresh, 'docx', member)).status).toBe(200);
  });

  it('refuses anonymous requests with 401 and unknown or trashed guidelines with 404, in the domain’s error shape', async () => {
    for (const extension of ['md', 'html', 'docx', 'pdf']) {
      const anonymous = await download(id, extension);
      expect(anonymous.status).toBe(401);
      expect(JSON.parse(anonymous.text)).toEqual({
        code: 'UNAUTHENTICATED',
        reason: 'UNAUTHENTICATED',
        messages: { de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
      });
    }
    expect((await download(id, 'pdf', 'not-a-token')).status).toBe(401);

    const unknown = await download(randomUUID(), 'pdf', member);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND' });

    const trashed = await newGuideline(t, member, `Papierkorb ${tag}`);
    ok(await t.gql('mutation ($id: ID!) { deleteGuideline(id: $id) }', { id: trashed }, member));
    expect((await download(trashed, 'md', member)).status).toBe(404);
    expect((await download(id, 'txt', member)).status).toBe(404);
  });
});
