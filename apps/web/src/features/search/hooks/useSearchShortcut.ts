import { useHotkeys } from '@mantine/hooks';

/** Ctrl+K (Strg+K; ⌘K on a Mac) opens the global search from anywhere, also from inside a text field. */
export function useSearchShortcut(open: () => void): void {
  useHotkeys([['mod+K', () => open()]], []);
}
