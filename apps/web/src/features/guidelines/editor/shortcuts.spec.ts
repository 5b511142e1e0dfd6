import { keyboardKind, shortcutKeys, shortcutText } from './shortcuts';

describe('shortcuts', () => {
  it('names keys as a German or English keyboard shows them', () => {
    expect(shortcutKeys('Mod-Shift-z', 'other', 'de')).toEqual(['Strg', 'Umschalt', 'Z']);
    expect(shortcutText('Mod-Alt-2', 'other', 'en')).toBe('Ctrl+Alt+2');
    expect(shortcutText('Mod-Shift-z', 'apple', 'de')).toBe('⌘⇧Z');
  });

  it('tells Apple keyboards from the others', () => {
    expect(keyboardKind('MacIntel')).toBe('apple');
    expect(keyboardKind('Win32')).toBe('other');
    expect(keyboardKind('Linux x86_64')).toBe('other');
  });
});
