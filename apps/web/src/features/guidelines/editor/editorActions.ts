import type { ChainedCommands, Editor } from '@tiptap/core';

/**
 * Everything the toolbar, the block menu (`/`) and the shortcut help offer, as named actions: each
 * applies its command to a chain, so the toolbar runs it on `editor.chain().focus()`, the block menu
 * after deleting the typed `/…`, and the toolbar asks `editor.can()` whether it applies.
 * Labels are `guidelines.editor.actions.<id>`.
 */
export interface EditorAction {
  id: string;
  /** What the toolbar button shows (its accessible name is the label). */
  glyph: string;
  /** The shortcut in tiptap's notation (`Mod-b`), bound by the extension that brings the command. */
  keys?: string;
  /** Offered in the block menu, found by these words too (German and English). */
  blockWords?: string[];
  apply: (chain: ChainedCommands) => ChainedCommands;
  isActive?: (editor: Editor) => boolean;
}

const mark = (id: string, glyph: string, keys: string) => ({ id, glyph, keys });

export const EDITOR_ACTIONS = {
  undo: { id: 'undo', glyph: '↶', keys: 'Mod-z', apply: (c) => c.undo() },
  redo: { id: 'redo', glyph: '↷', keys: 'Mod-Shift-z', apply: (c) => c.redo() },
  bold: {
    ...mark('bold', 'B', 'Mod-b'),
    apply: (c) => c.toggleBold(),
    isActive: (e) => e.isActive('bold'),
  },
  italic: {
    ...mark('italic', 'I', 'Mod-i'),
    apply: (c) => c.toggleItalic(),
    isActive: (e) => e.isActive('italic'),
  },
  underline: {
    ...mark('underline', 'U', 'Mod-u'),
    apply: (c) => c.toggleUnderline(),
    isActive: (e) => e.isActive('underline'),
  },
  strike: {
    ...mark('strike', 'S', 'Mod-Shift-s'),
    apply: (c) => c.toggleStrike(),
    isActive: (e) => e.isActive('strike'),
  },
  paragraph: {
    id: 'paragraph',
    glyph: '¶',
    keys: 'Mod-Alt-0',
    blockWords: ['text', 'absatz', 'paragraph'],
    apply: (c) => c.setParagraph(),
    isActive: (e) => e.isActive('paragraph'),
  },
  heading1: {
    id: 'heading1',
    glyph: 'H1',
    keys: 'Mod-Alt-1',
    blockWords: ['überschrift', 'heading', 'h1'],
    apply: (c) => c.toggleHeading({ level: 1 }),
    isActive: (e) => e.isActive('heading', { level: 1 }),
  },
  heading2: {
    id: 'heading2',
    glyph: 'H2',
    keys: 'Mod-Alt-2',
    blockWords: ['überschrift', 'heading', 'h2'],
    apply: (c) => c.toggleHeading({ level: 2 }),
    isActive: (e) => e.isActive('heading', { level: 2 }),
  },
  heading3: {
    id: 'heading3',
    glyph: 'H3',
    keys: 'Mod-Alt-3',
    blockWords: ['überschrift', 'heading', 'h3'],
    apply: (c) => c.toggleHeading({ level: 3 }),
    isActive: (e) => e.isActive('heading', { level: 3 }),
  },
  bulletList: {
    id: 'bulletList',
    glyph: '•',
    keys: 'Mod-Shift-8',
    blockWords: ['liste', 'aufzählung', 'list', 'bullet'],
    apply: (c) => c.toggleBulletList(),
    isActive: (e) => e.isActive('bulletList'),
  },
  orderedList: {
    id: 'orderedList',
    glyph: '1.',
    keys: 'Mod-Shift-7',
    blockWords: ['nummeriert', 'liste', 'numbered', 'list'],
    apply: (c) => c.toggleOrderedList(),
    isActive: (e) => e.isActive('orderedList'),
  },
  taskList: {
    id: 'taskList',
    glyph: '☐',
    keys: 'Mod-Shift-9',
    blockWords: ['checkliste', 'aufgaben', 'checklist', 'task', 'todo'],
    apply: (c) => c.toggleTaskList(),
    isActive: (e) => e.isActive('taskList'),
  },
  blockquote: {
    id: 'blockquote',
    glyph: '❝',
    keys: 'Mod-Shift-b',
    blockWords: ['zitat', 'quote'],
    apply: (c) => c.toggleBlockquote(),
    isActive: (e) => e.isActive('blockquote'),
  },
  horizontalRule: {
    id: 'horizontalRule',
    glyph: '―',
    blockWords: ['linie', 'trennlinie', 'rule', 'divider'],
    apply: (c) => c.setHorizontalRule(),
  },
  table: {
    id: 'table',
    glyph: '▦',
    blockWords: ['tabelle', 'table'],
    apply: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
  },
  addRow: { id: 'addRow', glyph: '+≡', apply: (c) => c.addRowAfter() },
  addColumn: { id: 'addColumn', glyph: '+⦀', apply: (c) => c.addColumnAfter() },
  deleteRow: { id: 'deleteRow', glyph: '−≡', apply: (c) => c.deleteRow() },
  deleteColumn: { id: 'deleteColumn', glyph: '−⦀', apply: (c) => c.deleteColumn() },
  deleteTable: { id: 'deleteTable', glyph: '✕▦', apply: (c) => c.deleteTable() },
} satisfies Record<string, EditorAction>;

export type EditorActionId = keyof typeof EDITOR_ACTIONS;

/** The block menu's entries, in the order offered. */
export const BLOCK_ACTIONS: EditorAction[] = [
  EDITOR_ACTIONS.paragraph,
  EDITOR_ACTIONS.heading1,
  EDITOR_ACTIONS.heading2,
  EDITOR_ACTIONS.heading3,
  EDITOR_ACTIONS.bulletList,
  EDITOR_ACTIONS.orderedList,
  EDITOR_ACTIONS.taskList,
  EDITOR_ACTIONS.table,
  EDITOR_ACTIONS.blockquote,
  EDITOR_ACTIONS.horizontalRule,
];

/** Block menu entries whose label or words start with what was typed after `/`. */
export function matchBlockActions(query: string, label: (action: EditorAction) => string): EditorAction[] {
  const wanted = query.trim().toLocaleLowerCase('de');
  if (!wanted) return BLOCK_ACTIONS;
  return BLOCK_ACTIONS.filter((action) =>
    [label(action), ...(action.blockWords ?? [])].some((word) =>
      word
        .toLocaleLowerCase('de')
        .split(/\s+/)
        .some((part) => part.startsWith(wanted)),
    ),
  );
}

/** Runs an action on the editor as a person does it from the toolbar. */
export function runAction(editor: Editor, action: EditorAction): boolean {
  return action.apply(editor.chain().focus()).run();
}

/** Whether the action applies where the cursor is (e.g. undo needs something to undo). */
export function canRunAction(editor: Editor, action: EditorAction): boolean {
  return action.apply(editor.can().chain().focus()).run();
}
