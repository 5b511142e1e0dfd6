import type { ApolloClient } from '@apollo/client';
import { mergeAttributes, type JSONContent } from '@tiptap/core';
import Mention from '@tiptap/extension-mention';
import { i18n } from '../../../i18n/i18n';
import { suggestionPopup } from '../editor/suggestionPopup';
import type { SuggestionEntry } from '../editor/SuggestionList';
import { ACCOUNTS_FOR_MENTION } from './graphql';

interface Person {
  id: string;
  name: string;
}
type PersonEntry = SuggestionEntry<Person>;

const personText = (attrs: Record<string, unknown>) => `@${String(attrs.label ?? attrs.id ?? '')}`;

/**
 * `@` in a comment suggests the accounts of the network (from `accountsForMention`); the inserted node
 * carries the account's id, and its text is `@Name`, so the comment's body reads as written.
 */
export function personMentions(client: ApolloClient) {
  return Mention.configure({
    HTMLAttributes: { class: 'comment-mention' },
    renderText: ({ node }) => personText(node.attrs),
    renderHTML: ({ options, node }) => [
      'span',
      mergeAttributes(options.HTMLAttributes),
      personText(node.attrs),
    ],
    suggestion: {
      char: '@',
      debounce: 150,
      items: async ({ query }: { query: string }): Promise<PersonEntry[]> => {
        const { data } = await client.query({
          query: ACCOUNTS_FOR_MENTION,
          variables: { text: query },
          fetchPolicy: 'network-only',
        });
        return (data?.accountsForMention ?? []).map((account) => ({
          key: account.id,
          label: account.displayName,
          value: { id: account.id, name: account.displayName },
        }));
      },
      // The popup hands over the chosen entry (tiptap types it as the node's attributes).
      command: ({ editor, range, props }) => {
        const { id, name } = (props as unknown as PersonEntry).value;
        editor
          .chain()
          .focus()
          .insertContentAt(range, [
            { type: 'mention', attrs: { id, label: name } },
            { type: 'text', text: ' ' },
          ])
          .run();
      },
      render: suggestionPopup<Person>({
        label: () => i18n.t('guidelineComments.mentionPeople'),
        emptyText: () => i18n.t('guidelineComments.nobody'),
      }),
    },
  });
}

/** The accounts a comment mentions, each once, in the order they appear. */
export function mentionedAccounts(doc: JSONContent): string[] {
  const ids: string[] = [];
  const visit = (node: JSONContent) => {
    const id = node.attrs?.id;
    if (node.type === 'mention' && typeof id === 'string' && !ids.includes(id)) ids.push(id);
    node.content?.forEach(visit);
  };
  visit(doc);
  return ids;
}
