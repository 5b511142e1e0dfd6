import { snippet } from './snippet.js';

const LONG =
  'Die Beratungsstelle begleitet Zugewanderte durch das Verfahren. ' +
  'Sie hilft bei Fragen zu Dokumenten, Fristen und Kosten, vermittelt Sprachkurse und arbeitet eng mit der ' +
  'Ausländerbehörde zusammen. Für Unternehmen gibt es eine eigene Sprechstunde zur Anerkennung ausländischer ' +
  'Berufsabschlüsse in Sachsen-Anhalt.';

describe('snippet', () => {
  it('returns short texts whole and nothing for none', () => {
    expect(snippet('Kurz.', ['kurz'])).toBe('Kurz.');
    expect(snippet(null, ['x'])).toBeNull();
  });

  it('cuts around the first hit, folding case and umlauts', () => {
    const result = snippet(LONG, ['ANERKENNUNG'], 80)!;
    expect(result).toContain('Anerkennung');
    expect(result.startsWith('…')).toBe(true);
    expect(Array.from(result).length).toBeLessThanOrEqual(82);
    expect(snippet(LONG, ['auslanderbehorde'], 80)).toContain('Ausländerbehörde');
  });

  it('finds a stem of an inflected word', () => {
    expect(snippet(LONG, ['Unternehmens'], 80)).toContain('Unternehmen');
  });

  it('starts at the beginning when no word occurs', () => {
    const result = snippet(LONG, ['xyz'], 50)!;
    expect(result.startsWith('Die Beratungsstelle')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
  });
});
