import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** Ids of mentioned things that are deleted; their mentions get a node decoration the node view reads. */
interface DeletedMentionsState {
  ids: ReadonlySet<string>;
  decorations: DecorationSet;
}

export const deletedMentionsKey = new PluginKey<DeletedMentionsState>('deletedMentions');

/** The spec a deleted mention's decoration carries. */
export const DELETED_MENTION = { deletedMention: true };

function decorate(doc: ProseMirrorNode, ids: ReadonlySet<string>): DecorationSet {
  if (ids.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'mention' && ids.has(String(node.attrs.id)))
      decorations.push(Decoration.node(pos, pos + node.nodeSize, {}, DELETED_MENTION));
  });
  return DecorationSet.create(doc, decorations);
}

/** Marks the mentions of deleted things, as the server reported them; kept in line with the text. */
export const DeletedMentions = Extension.create({
  name: 'deletedMentions',
  addProseMirrorPlugins() {
    return [
      new Plugin<DeletedMentionsState>({
        key: deletedMentionsKey,
        state: {
          init: (): DeletedMentionsState => ({ ids: new Set<string>(), decorations: DecorationSet.empty }),
          apply: (tr, value): DeletedMentionsState => {
            const ids = tr.getMeta(deletedMentionsKey) as ReadonlySet<string> | undefined;
            if (ids) return { ids, decorations: decorate(tr.doc, ids) };
            return tr.docChanged ? { ids: value.ids, decorations: decorate(tr.doc, value.ids) } : value;
          },
        },
        props: { decorations: (state) => deletedMentionsKey.getState(state)?.decorations },
      }),
    ];
  },
});

/** The ids of everything the text mentions, each once. */
export function mentionedIds(state: EditorState): string[] {
  const ids = new Set<string>();
  state.doc.descendants((node) => {
    if (node.type.name === 'mention' && typeof node.attrs.id === 'string') ids.add(node.attrs.id);
  });
  return [...ids].sort();
}

export function showDeletedMentions(view: EditorView, ids: ReadonlySet<string>): void {
  view.dispatch(view.state.tr.setMeta(deletedMentionsKey, ids).setMeta('addToHistory', false));
}

export function isDeletedMention(decorations: readonly Decoration[]): boolean {
  return decorations.some((decoration) => (decoration.spec as typeof DELETED_MENTION).deletedMention);
}
