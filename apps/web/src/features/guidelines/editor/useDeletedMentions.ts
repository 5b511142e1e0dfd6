import { useApolloClient } from '@apollo/client/react';
import { LIMITS } from '@netzwerkstatt/domain';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useEffect } from 'react';
import { MISSING_MENTIONS } from '../graphql/mentions';
import { mentionedIds, showDeletedMentions } from './deletedMentions';

/** A moment after the mentions change (typing, others' edits), the server is asked about them. */
const ASK_AFTER_MS = 500;

/**
 * Asks the server which of the mentioned things are deleted whenever the set of mentions changes (on
 * opening too), and has the editor show those mentions as deleted. If the question fails, the mentions
 * stay as they are and the next change asks again.
 */
export function useDeletedMentions(editor: Editor): void {
  const client = useApolloClient();
  const ids = useEditorState({
    editor,
    selector: ({ editor: current }) => mentionedIds(current.state).join(' '),
  });
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const list = ids ? ids.split(' ') : [];
      const missing = new Set<string>();
      try {
        for (let start = 0; start < list.length; start += LIMITS.ids) {
          const { data } = await client.query({
            query: MISSING_MENTIONS,
            variables: { ids: list.slice(start, start + LIMITS.ids) },
            fetchPolicy: 'network-only',
          });
          data?.missingMentions.forEach((id) => missing.add(id));
        }
      } catch {
        return;
      }
      if (!cancelled && !editor.isDestroyed) showDeletedMentions(editor.view, missing);
    }, ASK_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, editor, ids]);
}
