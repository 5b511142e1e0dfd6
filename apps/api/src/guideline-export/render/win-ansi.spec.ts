import { winAnsi } from './win-ansi.js';

describe('text for the PDF’s built-in Helvetica', () => {
  it('keeps German letters, German quotes, dashes, the euro sign and the ellipsis', () => {
    const german = 'Ärger über Öl, Straße – „Fachkräfte“ ‚gewinnen‘ … 5 € • Maß';
    expect(winAnsi(german)).toBe(german);
  });

  it('composes decomposed umlauts and keeps line breaks', () => {
    expect(winAnsi('Gru\u0308n\nu\u0308ber')).toBe('Grün\nüber');
  });

  it('writes other characters as their nearest look-alike or „?“', () => {
    expect(winAnsi('a → b ≤ c\u00ad d\u2011e')).toBe('a -> b <= c d-e');
    expect(winAnsi('Łódź Čapek')).toBe('?ódz Capek');
    expect(winAnsi('Привет 😀')).toBe('?????? ?');
    expect(winAnsi('\u0007x')).toBe('?x');
  });
});
