import { USER_COLORS, userColor } from './userColor';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('userColor', () => {
  it('gives a person the same colour every time', () => {
    expect(userColor('4f0c1b7e-9a2d-4c55-8f1e-2b7d9c3a6e10')).toBe(
      userColor('4f0c1b7e-9a2d-4c55-8f1e-2b7d9c3a6e10'),
    );
  });

  it('spreads people over the palette', () => {
    const ids = Array.from({ length: 120 }, (_, i) => `user-${i}`);
    const used = new Set(ids.map(userColor));
    expect(used.size).toBe(USER_COLORS.length);
  });

  it('uses only colours a caret accepts (#rrggbb) on which white names read at 4.5:1', () => {
    for (const color of USER_COLORS) {
      expect(color).toMatch(/^#[0-9a-f]{6}$/);
      expect((1 + 0.05) / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
