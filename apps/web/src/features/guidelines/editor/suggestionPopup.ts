import type { Editor } from '@tiptap/core';
import { ReactRenderer } from '@tiptap/react';
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion';
import {
  SuggestionList,
  type SuggestionEntry,
  type SuggestionListHandle,
  type SuggestionListProps,
} from './SuggestionList';

interface PopupTexts {
  label: () => string;
  emptyText: (query: string) => string;
}

/**
 * The `render` of a suggestion plugin: a SuggestionList in a popup the plugin mounts and keeps beside
 * the cursor (floating-ui, on scroll and resize too).
 */
export function suggestionPopup<V>(texts: PopupTexts): SuggestionOptions<SuggestionEntry<V>>['render'] {
  return () => {
    let renderer: ReactRenderer<SuggestionListHandle, SuggestionListProps<V>> | null = null;
    let unmount: (() => void) | undefined;
    const listProps = (props: SuggestionProps<SuggestionEntry<V>>): SuggestionListProps<V> => ({
      items: props.items,
      command: (entry) => props.command(entry),
      loading: props.loading,
      query: props.query,
      label: texts.label(),
      emptyText: texts.emptyText,
    });
    return {
      onStart: (props) => {
        renderer = new ReactRenderer(SuggestionList<V>, {
          props: listProps(props),
          editor: props.editor as Editor,
        });
        renderer.element.classList.add('guideline-suggestions-popup');
        unmount = props.mount(renderer.element);
      },
      onUpdate: (props) => renderer?.updateProps(listProps(props)),
      onKeyDown: ({ event }: SuggestionKeyDownProps) => renderer?.ref?.onKeyDown(event) ?? false,
      onExit: () => {
        unmount?.();
        renderer?.destroy();
        renderer = null;
      },
    };
  };
}
