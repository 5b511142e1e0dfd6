/** How keys are named on the person's keyboard, for the shortcut help and the toolbar's tooltips. */
export type KeyboardKind = 'apple' | 'other';

export function keyboardKind(
  platform = typeof navigator === 'undefined' ? '' : navigator.platform,
): KeyboardKind {
  return /mac|iphone|ipad/i.test(platform) ? 'apple' : 'other';
}

const NAMES: Record<KeyboardKind, Record<'de' | 'en', Record<string, string>>> = {
  apple: {
    de: { Mod: '⌘', Shift: '⇧', Alt: '⌥' },
    en: { Mod: '⌘', Shift: '⇧', Alt: '⌥' },
  },
  other: {
    de: { Mod: 'Strg', Shift: 'Umschalt', Alt: 'Alt' },
    en: { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt' },
  },
};

/** `Mod-Shift-z` → ['Strg', 'Umschalt', 'Z'] (or ['⌘', '⇧', 'Z'] on an Apple keyboard). */
export function shortcutKeys(keys: string, kind: KeyboardKind, language: 'de' | 'en'): string[] {
  return keys
    .split('-')
    .map((key) => NAMES[kind][language][key] ?? (key.length === 1 ? key.toUpperCase() : key));
}

/** The keys as one line, e.g. for a tooltip: "Strg+Umschalt+Z". */
export function shortcutText(keys: string, kind: KeyboardKind, language: 'de' | 'en'): string {
  return shortcutKeys(keys, kind, language).join(kind === 'apple' ? '' : '+');
}
