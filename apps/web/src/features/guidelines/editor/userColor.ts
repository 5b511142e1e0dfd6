/**
 * Caret and presence colours: dark enough that their name label in white text reads at 4.5:1 or more
 * (WCAG AA), and told apart from each other.
 */
export const USER_COLORS = [
  '#1864ab',
  '#c92a2a',
  '#2f7a32',
  '#862e9c',
  '#b35900',
  '#0b7285',
  '#a61e4d',
  '#5f3dc4',
  '#087f5b',
  '#364fc7',
  '#9c36b5',
  '#495057',
] as const;

/** FNV-1a: a stable, well-spread number from a string, the same in every browser. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return value >>> 0;
}

/** The colour of a person, the same on every device and visit (from their account id). */
export function userColor(userId: string): string {
  return USER_COLORS[hash(userId) % USER_COLORS.length];
}
