import type { ApolloClient } from '@apollo/client';
import { mentionTrigger, type MentionSuggestionOptions } from '@netzwerkstatt/editor';
import type { AnyExtension, Editor, Range } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration } from '@tiptap/pm/view';
import type { SuggestionOptions } from '@tiptap/suggestion';
import { i18n } from '../../../i18n/i18n';
import { entityPath } from '../../../shared/entityPaths';
import { MENTION_CANDIDATES } from '../graphql/mentions';
import {
  MAX_MENTION_ITEMS,
  MENTION_TYPES,
  MIN_MENTION_QUERY,
  toMentionItems,
  type MentionChar,
  type MentionItem,
} from './mentionItems';
import { isDeletedMention } from './deletedMentions';
import { suggestionPopup } from './suggestionPopup';
import type { SuggestionEntry } from './SuggestionList';

type MentionEntry = SuggestionEntry<MentionItem>;

/**
 * `@` suggests actors and persons, `#` challenges, solution approaches, good practices and action
 * fields, from the full-text search; the inserted node carries id, label and kind.
 */
export function mentionSuggestions(client: ApolloClient): MentionSuggestionOptions {
  const suggestions = (Object.keys(MENTION_TYPES) as MentionChar[]).map(
    (char): Omit<SuggestionOptions<MentionEntry, MentionEntry>, 'editor'> => ({
      char,
      debounce: 150,
      minQueryLength: MIN_MENTION_QUERY,
      items: async ({ query }: { query: string }): Promise<MentionEntry[]> => {
        const { data } = await client.query({
          query: MENTION_CANDIDATES,
          variables: { text: query, types: [...MENTION_TYPES[char]], first: MAX_MENTION_ITEMS * 2 },
          fetchPolicy: 'network-only',
        });
        return toMentionItems(data?.search ?? [], char).map((item) => ({
          key: item.id,
          label: item.label,
          detail: i18n.t(`guidelines.editor.mentionKinds.${item.entityType}`),
          value: item,
        }));
      },
      command: ({ editor, range, props }: { editor: Editor; range: Range; props: MentionEntry }) => {
        const { id, label, entityType } = props.value;
        editor
          .chain()
          .focus()
          .insertContentAt(range, [
            { type: 'mention', attrs: { id, label, entityType, mentionSuggestionChar: char } },
            { type: 'text', text: ' ' },
          ])
          .run();
      },
      render: suggestionPopup<MentionItem>({
        label: () => i18n.t(`guidelines.editor.mentions.label.${char === '@' ? 'people' : 'topics'}`),
        emptyText: (query) =>
          query.trim().length < MIN_MENTION_QUERY
            ? i18n.t(`guidelines.editor.mentions.typeMore.${char === '@' ? 'people' : 'topics'}`)
            : i18n.t('guidelines.editor.mentions.none'),
      }),
    }),
  );
  // The shared schema types its suggestions loosely (the server passes none); ours carry entries.
  return { suggestions: suggestions as unknown as MentionSuggestionOptions['suggestions'] };
}

/** The element of a mention: a link to the thing's page, or — the thing deleted — its struck name. */
function mentionElement(attrs: Record<string, unknown>, deleted: boolean): HTMLElement {
  const { id, label, entityType } = attrs;
  const text = `${mentionTrigger(entityType)}${typeof label === 'string' && label ? label : String(id ?? '')}`;
  const href =
    !deleted && typeof id === 'string' && typeof entityType === 'string'
      ? entityPath(entityType, id)
      : undefined;
  const element = document.createElement(href ? 'a' : 'span');
  element.className = deleted ? 'guideline-mention guideline-mention--deleted' : 'guideline-mention';
  element.dataset.type = 'mention';
  if (typeof id === 'string') element.dataset.id = id;
  if (href) element.setAttribute('href', href);
  if (!deleted) {
    element.textContent = text;
    return element;
  }
  const name = document.createElement('del');
  name.textContent = text;
  const note = document.createElement('span');
  note.className = 'guideline-mention__note';
  note.textContent = ` (${i18n.t('guidelines.editor.mentions.deleted')})`;
  element.append(name, note);
  return element;
}

/**
 * Mentions show as links to the thing's page (the shared schema renders a plain span, which is what
 * exports and the server want); a mention of a deleted thing shows its name struck through and
 * „gelöscht“, without a link (DeletedMentions marks it). The page's click handler follows the links
 * inside the app.
 */
export function withMentionLinks(extensions: AnyExtension[]): AnyExtension[] {
  return extensions.map((extension) =>
    extension.name !== 'mention'
      ? extension
      : extension.extend({
          addNodeView() {
            return ({ node, decorations }: { node: ProseMirrorNode; decorations: readonly Decoration[] }) => {
              const deleted = isDeletedMention(decorations);
              return {
                dom: mentionElement(node.attrs, deleted),
                // A changed mention or a changed deleted state draws it anew.
                update: (next: ProseMirrorNode, nextDecorations: readonly Decoration[]) =>
                  next.type === node.type &&
                  next.attrs.id === node.attrs.id &&
                  next.attrs.label === node.attrs.label &&
                  isDeletedMention(nextDecorations) === deleted,
              };
            };
          },
        }),
  );
}
