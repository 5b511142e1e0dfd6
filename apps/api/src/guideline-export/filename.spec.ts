import { attachment, slugOf } from './filename.js';

describe('export file names', () => {
  it('transliterate umlauts and ß the German way and keep only ASCII letters, digits and hyphens', () => {
    expect(slugOf('Willkommen in Sachsen-Anhalt: Größe & Übergänge')).toBe(
      'willkommen-in-sachsen-anhalt-groesse-uebergaenge',
    );
    expect(slugOf('Straße „Zukunft“ – Fachkräfte 2025')).toBe('strasse-zukunft-fachkraefte-2025');
    expect(slugOf('Café résumé')).toBe('cafe-resume');
    expect(slugOf('Über\u0308')).toBe('ueber');
  });

  it('never leave a name empty, quoted or path-like, and stay short', () => {
    expect(slugOf('„“ – !')).toBe('leitfaden');
    expect(slugOf('Привет')).toBe('leitfaden');
    expect(slugOf('../"a"\\b')).toBe('a-b');
    expect(slugOf('x'.repeat(200))).toHaveLength(80);
    expect(slugOf(`${'a'.repeat(79)} b`)).toBe('a'.repeat(79));
  });

  it('names the attachment with its extension', () => {
    expect(attachment('Leitfaden Öffnung', 'pdf')).toBe('attachment; filename="leitfaden-oeffnung.pdf"');
  });
});
