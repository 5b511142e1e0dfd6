import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { canRunAction, EDITOR_ACTIONS, runAction, type EditorAction } from './editorActions';
import { keyboardKind, shortcutText } from './shortcuts';

const GROUPS: EditorAction[][] = [
  [EDITOR_ACTIONS.undo, EDITOR_ACTIONS.redo],
  [EDITOR_ACTIONS.heading1, EDITOR_ACTIONS.heading2, EDITOR_ACTIONS.heading3],
  [EDITOR_ACTIONS.bold, EDITOR_ACTIONS.italic, EDITOR_ACTIONS.underline, EDITOR_ACTIONS.strike],
  [EDITOR_ACTIONS.bulletList, EDITOR_ACTIONS.orderedList, EDITOR_ACTIONS.taskList],
  [EDITOR_ACTIONS.blockquote, EDITOR_ACTIONS.horizontalRule, EDITOR_ACTIONS.table],
];
const TABLE_GROUP: EditorAction[] = [
  EDITOR_ACTIONS.addRow,
  EDITOR_ACTIONS.addColumn,
  EDITOR_ACTIONS.deleteRow,
  EDITOR_ACTIONS.deleteColumn,
  EDITOR_ACTIONS.deleteTable,
];

/** A chain link, drawn (no font has it everywhere). */
const LINK_ICON = (
  <svg
    width="18"
    height="18"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
    focusable="false"
    style={{ verticalAlign: 'middle' }}
  >
    <path d="M9 15l6 -6" />
    <path d="M11 6l.463 -.536a5 5 0 0 1 7.071 7.072l-.534 .464" />
    <path d="M13 18l-.397 .534a5.068 5.068 0 0 1 -7.127 0a4.972 4.972 0 0 1 0 -7.071l.524 -.463" />
  </svg>
);

/** A speech bubble, drawn. */
const COMMENT_ICON = (
  <svg
    width="18"
    height="18"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
    focusable="false"
    style={{ verticalAlign: 'middle' }}
  >
    <path d="M4 5h16v11H9l-5 4z" />
  </svg>
);

interface EditorToolbarProps {
  editor: Editor;
  onLink: () => void;
  onHelp: () => void;
  /** Starts a comment on the selected text. */
  onComment: () => void;
}

/**
 * The formatting toolbar: one tab stop, arrow keys (and Home/End) move between the buttons, a
 * toggle says whether it is on (aria-pressed). Table rows and columns appear inside a table.
 */
export function EditorToolbar({ editor, onLink, onHelp, onComment }: EditorToolbarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'de';
  const kind = keyboardKind();
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const all = [...GROUPS.flat(), ...TABLE_GROUP];
      return {
        active: Object.fromEntries(all.map((a) => [a.id, a.isActive?.(current) ?? false])),
        enabled: Object.fromEntries(all.map((a) => [a.id, current.isEditable && canRunAction(current, a)])),
        inTable: current.isActive('table'),
        link: current.isActive('link'),
        editable: current.isEditable,
        selected: !current.state.selection.empty,
      };
    },
  });
  const groups = state.inTable ? [...GROUPS, TABLE_GROUP] : GROUPS;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const count = buttons.current.filter(Boolean).length;
    const current = buttons.current.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const next =
      event.key === 'ArrowRight'
        ? (current + 1) % count
        : event.key === 'ArrowLeft'
          ? (current + count - 1) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  // The buttons in order: the groups' actions, the link after the marks, comment and help at the end.
  const total = groups.flat().length + 3;
  const tabStop = focusIndex < total ? focusIndex : 0;
  let index = 0;
  const button = (
    id: string,
    glyph: ReactNode,
    label: string,
    options: { keys?: string; pressed?: boolean; enabled: boolean; onPress: () => void },
  ) => {
    const position = index++;
    const title = options.keys ? `${label} (${shortcutText(options.keys, kind, language)})` : label;
    return (
      <button
        key={id}
        type="button"
        ref={(element) => {
          buttons.current[position] = element;
        }}
        className="guideline-toolbar__button"
        tabIndex={position === tabStop ? 0 : -1}
        // A glyph that reads as text (H1, 1.) is part of the name, so speech input finds the button by it.
        aria-label={
          typeof glyph === 'string' && glyph.length > 1 && /[\p{L}\p{N}]/u.test(glyph)
            ? `${glyph} ${label}`
            : label
        }
        title={title}
        aria-pressed={options.pressed}
        aria-disabled={!options.enabled || undefined}
        data-action={id}
        onFocus={() => setFocusIndex(position)}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => options.enabled && options.onPress()}
      >
        <span aria-hidden>{glyph}</span>
      </button>
    );
  };

  buttons.current.length = 0;
  return (
    <div
      role="toolbar"
      aria-label={t('guidelines.editor.toolbar')}
      aria-controls="guideline-text"
      className="guideline-toolbar"
      onKeyDown={move}
    >
      {groups.map((group, groupIndex) => (
        <div key={groupIndex} className="guideline-toolbar__group" role="group">
          {group.map((action) =>
            button(action.id, action.glyph, t(`guidelines.editor.actions.${action.id}`), {
              keys: action.keys,
              pressed: action.isActive ? state.active[action.id] : undefined,
              enabled: state.enabled[action.id],
              onPress: () => runAction(editor, action),
            }),
          )}
          {groupIndex === 2
            ? button('link', LINK_ICON, t('guidelines.editor.actions.link'), {
                pressed: state.link,
                enabled: state.editable,
                onPress: onLink,
              })
            : null}
        </div>
      ))}
      <div className="guideline-toolbar__group" role="group">
        {button('comment', COMMENT_ICON, t('guidelines.editor.actions.comment'), {
          keys: 'Mod-Alt-m',
          enabled: state.selected,
          onPress: onComment,
        })}
        {button('help', '?', t('guidelines.editor.help.open'), {
          keys: 'Mod-/',
          enabled: true,
          onPress: onHelp,
        })}
      </div>
    </div>
  );
}
