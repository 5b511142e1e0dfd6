/** @jest-environment jsdom */
import { createEditorExtensions, YJS_FRAGMENT } from '@netzwerkstatt/editor';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import * as Y from 'yjs';
import { BLOCK_ACTIONS, canRunAction, EDITOR_ACTIONS, matchBlockActions, runAction } from './editorActions';

const GERMAN: Record<string, string> = {
  paragraph: 'Text',
  heading1: 'Überschrift 1',
  heading2: 'Überschrift 2',
  heading3: 'Überschrift 3',
  bulletList: 'Aufzählung',
  orderedList: 'Nummerierte Liste',
  taskList: 'Checkliste',
  table: 'Tabelle einfügen',
  blockquote: 'Zitat',
  horizontalRule: 'Trennlinie',
};
const label = (action: { id: string }) => GERMAN[action.id] ?? action.id;

describe('block menu', () => {
  it('offers every block when nothing is typed after /', () => {
    expect(matchBlockActions('', label)).toEqual(BLOCK_ACTIONS);
  });

  it('finds blocks by the start of a German or English word', () => {
    expect(matchBlockActions('tab', label).map((a) => a.id)).toEqual(['table']);
    expect(matchBlockActions('check', label).map((a) => a.id)).toEqual(['taskList']);
    expect(matchBlockActions('Über', label).map((a) => a.id)).toEqual(['heading1', 'heading2', 'heading3']);
    expect(matchBlockActions('zit', label).map((a) => a.id)).toEqual(['blockquote']);
    expect(matchBlockActions('xyz', label)).toEqual([]);
  });
});

describe('editor actions on the shared schema', () => {
  let editor: Editor;
  beforeEach(() => {
    editor = new Editor({
      extensions: createEditorExtensions(),
      content: '<p>Willkommen in Sachsen-Anhalt</p>',
    });
  });
  afterEach(() => editor.destroy());

  it('turns the paragraph into a heading, a checklist, a quote, and back', () => {
    runAction(editor, EDITOR_ACTIONS.heading2);
    expect(editor.getJSON().content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(EDITOR_ACTIONS.heading2.isActive(editor)).toBe(true);
    runAction(editor, EDITOR_ACTIONS.paragraph);
    runAction(editor, EDITOR_ACTIONS.taskList);
    expect(editor.getJSON().content?.[0].type).toBe('taskList');
    runAction(editor, EDITOR_ACTIONS.taskList);
    runAction(editor, EDITOR_ACTIONS.blockquote);
    expect(editor.getJSON().content?.[0].type).toBe('blockquote');
  });

  it('marks the selected text bold', () => {
    editor.commands.setTextSelection({ from: 1, to: 11 });
    runAction(editor, EDITOR_ACTIONS.bold);
    expect(editor.getHTML()).toContain('<strong>Willkommen</strong>');
    expect(EDITOR_ACTIONS.bold.isActive(editor)).toBe(true);
  });

  it('inserts a table and offers its rows and columns only inside it', () => {
    expect(canRunAction(editor, EDITOR_ACTIONS.addRow)).toBe(false);
    runAction(editor, EDITOR_ACTIONS.table);
    expect(editor.isActive('table')).toBe(true);
    expect(canRunAction(editor, EDITOR_ACTIONS.addRow)).toBe(true);
    runAction(editor, EDITOR_ACTIONS.addRow);
    const table = editor.getJSON().content?.find((node) => node.type === 'table');
    expect(table?.content).toHaveLength(4);
  });
});

describe('undo and redo with collaboration', () => {
  /** Two people's editors on two copies of one document, every update relayed to the other copy. */
  function twoWriters() {
    const docs = [new Y.Doc(), new Y.Doc()];
    docs.forEach((doc, index) =>
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'relay') Y.applyUpdate(docs[1 - index], update, 'relay');
      }),
    );
    const editors = docs.map(
      (document) =>
        new Editor({
          extensions: [
            ...createEditorExtensions(),
            Collaboration.configure({ document, field: YJS_FRAGMENT }),
          ],
        }),
    );
    return editors;
  }

  it('undoes only the person’s own typing, and redoes it', () => {
    const [anna, ben] = twoWriters();
    anna.commands.insertContent('Anna schreibt.');
    ben.commands.setTextSelection(ben.state.doc.content.size - 1);
    ben.commands.insertContent(' Ben ergänzt.');
    expect(anna.getText()).toBe('Anna schreibt. Ben ergänzt.');

    expect(canRunAction(anna, EDITOR_ACTIONS.undo)).toBe(true);
    runAction(anna, EDITOR_ACTIONS.undo);
    expect(anna.getText()).toBe(' Ben ergänzt.');
    expect(ben.getText()).toBe(' Ben ergänzt.');

    runAction(anna, EDITOR_ACTIONS.redo);
    expect(ben.getText()).toBe('Anna schreibt. Ben ergänzt.');
    anna.destroy();
    ben.destroy();
  });
});
