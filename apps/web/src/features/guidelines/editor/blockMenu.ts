import { Extension } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import { Suggestion } from '@tiptap/suggestion';
import { i18n } from '../../../i18n/i18n';
import { matchBlockActions, type EditorAction } from './editorActions';
import { keyboardKind, shortcutText } from './shortcuts';
import { suggestionPopup } from './suggestionPopup';
import type { SuggestionEntry } from './SuggestionList';

const actionLabel = (action: EditorAction) => i18n.t(`guidelines.editor.actions.${action.id}`);

function toEntry(action: EditorAction): SuggestionEntry<EditorAction> {
  const language = i18n.language === 'en' ? 'en' : 'de';
  return {
    key: action.id,
    label: actionLabel(action),
    detail: action.keys ? shortcutText(action.keys, keyboardKind(), language) : undefined,
    value: action,
  };
}

/** `/` at the start of a line or after a space opens the block menu: headings, lists, checklist, table, … */
export const BlockMenu = Extension.create({
  name: 'blockMenu',

  addProseMirrorPlugins() {
    return [
      Suggestion<SuggestionEntry<EditorAction>, SuggestionEntry<EditorAction>>({
        editor: this.editor,
        char: '/',
        pluginKey: new PluginKey('blockMenu'),
        items: ({ query }) => matchBlockActions(query, actionLabel).map(toEntry),
        command: ({ editor, range, props }) => {
          props.value.apply(editor.chain().focus().deleteRange(range)).run();
        },
        render: suggestionPopup<EditorAction>({
          label: () => i18n.t('guidelines.editor.blockMenu.label'),
          emptyText: () => i18n.t('guidelines.editor.blockMenu.empty'),
        }),
      }),
    ];
  },
});
