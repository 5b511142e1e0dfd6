import { Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useEffect, useImperativeHandle, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

/** One line of a suggestion popup. */
export interface SuggestionEntry<V> {
  key: string;
  label: string;
  /** A second, quieter text: the kind of thing, or the shortcut. */
  detail?: string;
  value: V;
}

export interface SuggestionListHandle {
  onKeyDown: (event: KeyboardEvent) => boolean;
}

export interface SuggestionListProps<V> {
  items: SuggestionEntry<V>[];
  command: (entry: SuggestionEntry<V>) => void;
  loading: boolean;
  query: string;
  /** The popup's accessible name. */
  label: string;
  /** Shown when nothing matches (or before enough has been typed). */
  emptyText: (query: string) => string;
  ref?: Ref<SuggestionListHandle>;
}

let lists = 0;

/**
 * The popup of the block menu and of mentions. The text keeps the focus: arrow keys choose, Enter or
 * Tab takes the chosen line, Escape closes (the suggestion plugin forwards the keys here).
 */
export function SuggestionList<V>({
  items,
  command,
  loading,
  query,
  label,
  emptyText,
  ref,
}: SuggestionListProps<V>) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  const [id] = useState(() => `suggestions-${++lists}`);
  useEffect(() => setSelected(0), [items]);

  useImperativeHandle(ref, () => ({
    onKeyDown: (event) => {
      if (items.length === 0) return false;
      if (event.key === 'ArrowDown') {
        setSelected((index) => (index + 1) % items.length);
        return true;
      }
      if (event.key === 'ArrowUp') {
        setSelected((index) => (index + items.length - 1) % items.length);
        return true;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        command(items[Math.min(selected, items.length - 1)]);
        return true;
      }
      return false;
    },
  }));

  // The live count stands beside the list: a listbox holds options only.
  return (
    <div>
      <div className="guideline-suggestions" role="listbox" aria-label={label} id={id}>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py={6}>
            {loading ? t('guidelines.editor.suggestions.loading') : emptyText(query)}
          </Text>
        ) : (
          items.map((entry, index) => (
            <UnstyledButton
              key={entry.key}
              role="option"
              aria-selected={index === selected}
              className="guideline-suggestions__item"
              data-selected={index === selected || undefined}
              tabIndex={-1}
              // Keep the focus (and the cursor) in the text.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setSelected(index)}
              onClick={() => command(entry)}
            >
              <span>{entry.label}</span>
              {entry.detail ? <span className="guideline-suggestions__detail">{entry.detail}</span> : null}
            </UnstyledButton>
          ))
        )}
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {items.length > 0
          ? t('guidelines.editor.suggestions.count', {
              count: items.length,
              label: items[selected]?.label ?? '',
            })
          : ''}
      </VisuallyHidden>
    </div>
  );
}
