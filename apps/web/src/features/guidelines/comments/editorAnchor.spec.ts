/** @jest-environment jsdom */
import { createEditorExtensions, YJS_FRAGMENT } from '@netzwerkstatt/editor';
import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import * as Y from 'yjs';
import { CommentHighlights, commentRanges, showCommentThreads } from './commentHighlights';
import { anchorOfRange, rangeOfAnchor } from './editorAnchor';

/** Two people's editors on two Y.Docs that pass every update to each other, as the server would. */
function twoEditors() {
  const docs = [new Y.Doc(), new Y.Doc()];
  docs.forEach((doc, index) =>
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'peer') Y.applyUpdate(docs[1 - index], update, 'peer');
    }),
  );
  const editors = docs.map(
    (doc) =>
      new Editor({
        element: document.createElement('div'),
        extensions: [
          ...createEditorExtensions(),
          Collaboration.configure({ document: doc, field: YJS_FRAGMENT }),
          CommentHighlights,
        ],
      }),
  );
  return { docs, editors };
}

/** The position of the first occurrence of `words` in the editor's text. */
function find(editor: Editor, words: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  editor.state.doc.descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (!found && index >= 0) found = { from: pos + index, to: pos + index + words.length };
  });
  if (!found) throw new Error(`"${words}" is not in the text`);
  return found;
}

const between = (editor: Editor, range: { from: number; to: number } | null) =>
  range ? editor.state.doc.textBetween(range.from, range.to) : null;

describe('comment anchors in the editor', () => {
  let editors: Editor[] = [];
  afterEach(() => editors.forEach((editor) => editor.destroy()));

  it('keeps the commented words while another person types before and after them', () => {
    const pair = twoEditors();
    editors = pair.editors;
    const [anna, ben] = editors;
    anna.commands.insertContent('<p>Hier fehlt die Quelle zum Antrag.</p>');
    const anchor = anchorOfRange(anna.state, find(anna, 'Quelle').from, find(anna, 'Quelle').to);
    expect(anchor).not.toBeNull();

    // Right before and right after the words: both stay outside the range.
    ben.commands.insertContentAt(find(ben, 'Quelle').from, 'genaue ');
    ben.commands.insertContentAt(find(ben, 'Quelle').to, ' und Frist');
    ben.commands.insertContentAt(1, 'Achtung: ');
    expect(ben.getText()).toContain('Achtung: Hier fehlt die genaue Quelle und Frist zum Antrag.');
    expect(between(anna, rangeOfAnchor(anna.state, anchor!))).toBe('Quelle');
    expect(between(ben, rangeOfAnchor(ben.state, anchor!))).toBe('Quelle');
  });

  it('reports the range as gone once its words are deleted, the rest of the text kept', () => {
    const pair = twoEditors();
    editors = pair.editors;
    const [anna, ben] = editors;
    anna.commands.insertContent('<p>Erster Absatz.</p><p>Zweiter Absatz bleibt.</p>');
    const words = find(anna, 'Erster Absatz.');
    const anchor = anchorOfRange(anna.state, words.from, words.to)!;
    expect(between(ben, rangeOfAnchor(ben.state, anchor))).toBe('Erster Absatz.');
    ben.commands.deleteRange(find(ben, 'Erster Absatz.'));
    expect(rangeOfAnchor(anna.state, anchor)).toBeNull();
    expect(anna.getText()).toContain('Zweiter Absatz bleibt.');
  });

  it('marks the text of open threads and follows the other person’s edits', () => {
    const pair = twoEditors();
    editors = pair.editors;
    const [anna, ben] = editors;
    anna.commands.insertContent('<p>Bitte die Frist prüfen.</p>');
    const words = find(anna, 'Frist');
    const anchor = anchorOfRange(anna.state, words.from, words.to)!;
    showCommentThreads(anna.view, {
      threads: [
        { id: 'offen', anchor, marked: true },
        { id: 'erledigt', anchor, marked: false },
        { id: 'kaputt', anchor: 'AAAA', marked: true },
      ],
    });
    const marked = () =>
      [...anna.view.dom.querySelectorAll('[data-comment-thread]')].map((element) => [
        element.getAttribute('data-comment-thread'),
        element.textContent,
      ]);
    expect(marked()).toEqual([['offen', 'Frist']]);

    ben.commands.insertContentAt(1, 'Neu: ');
    expect(between(anna, commentRanges(anna.state).offen)).toBe('Frist');
    expect(marked()).toEqual([['offen', 'Frist']]);
    expect(commentRanges(anna.state).kaputt).toBeNull();

    // One's own typing moves the mark too.
    anna.commands.insertContentAt(1, 'Heute: ');
    expect(between(anna, commentRanges(anna.state).offen)).toBe('Frist');
    expect(marked()).toEqual([['offen', 'Frist']]);
  });
});
