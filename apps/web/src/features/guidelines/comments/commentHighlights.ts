import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { rangeOfAnchor, type CommentRange } from './editorAnchor';

/** What the highlights need of a thread; `marked`: its text is highlighted (open, or a resolved one opened). */
export interface AnchoredThread {
  id: string;
  anchor: string | null;
  marked: boolean;
}

export interface CommentHighlightState {
  threads: AnchoredThread[];
  activeId: string | null;
  /** Where each thread's text is now; null when it was deleted. */
  ranges: Record<string, CommentRange | null>;
  decorations: DecorationSet;
}

export const commentHighlightsKey = new PluginKey<CommentHighlightState>('commentHighlights');

interface HighlightMeta {
  threads?: AnchoredThread[];
  activeId?: string | null;
}

function decorate(
  state: EditorState,
  threads: AnchoredThread[],
  activeId: string | null,
  ranges: Record<string, CommentRange | null>,
): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = ranges[thread.id];
    if (!range || !thread.marked) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: thread.id === activeId ? 'guideline-comment guideline-comment--active' : 'guideline-comment',
        'data-comment-thread': thread.id,
      }),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/** Every range from the anchors, against the Yjs document as it is now. */
function resolveAll(
  state: EditorState,
  threads: AnchoredThread[],
  activeId: string | null,
): CommentHighlightState {
  const ranges: Record<string, CommentRange | null> = {};
  for (const thread of threads)
    ranges[thread.id] = thread.anchor ? rangeOfAnchor(state, thread.anchor) : null;
  return { threads, activeId, ranges, decorations: decorate(state, threads, activeId, ranges) };
}

/** After one's own typing: the ranges move with the change (its Yjs side is written just after). */
function mapAll(value: CommentHighlightState, tr: Transaction): CommentHighlightState {
  const ranges: Record<string, CommentRange | null> = {};
  for (const [id, range] of Object.entries(value.ranges)) {
    if (!range) {
      ranges[id] = null;
      continue;
    }
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    ranges[id] = to > from ? { from, to } : null;
  }
  return { ...value, ranges, decorations: value.decorations.map(tr.mapping, tr.doc) };
}

/**
 * The commented text, marked in the editor. The ranges come from the threads' Yjs relative positions:
 * recomputed whenever the text changes through Yjs (others' edits, undo, the first load) or the threads
 * change, and mapped through one's own typing in between, so a mark follows concurrent edits.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<CommentHighlightState>({
        key: commentHighlightsKey,
        state: {
          init: () => ({ threads: [], activeId: null, ranges: {}, decorations: DecorationSet.empty }),
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as HighlightMeta | undefined;
            if (meta)
              return resolveAll(
                state,
                meta.threads ?? value.threads,
                meta.activeId !== undefined ? meta.activeId : value.activeId,
              );
            if (!tr.docChanged) return value;
            const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)
              ?.isChangeOrigin;
            return fromYjs ? resolveAll(state, value.threads, value.activeId) : mapAll(value, tr);
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** Hands the editor the threads to mark (and the one open in the panel). */
export function showCommentThreads(view: EditorView, meta: HighlightMeta): void {
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, meta).setMeta('addToHistory', false));
}

/** The current ranges, for the panel. */
export function commentRanges(state: EditorState): Record<string, CommentRange | null> {
  return commentHighlightsKey.getState(state)?.ranges ?? {};
}
