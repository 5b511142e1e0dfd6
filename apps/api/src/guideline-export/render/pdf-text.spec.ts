import { pdfText } from './pdf-text.js';

describe('text for the PDF', () => {
  it('keeps German and every other script as written', () => {
    const text = 'Ärger über Öl, Straße – „Fachkräfte“ … 5 € · Łódź Čapek Ağrı Привет مرحبا → ≤';
    expect(pdfText(text)).toBe(text);
  });

  it('composes decomposed letters and keeps line breaks', () => {
    expect(pdfText('Gru\u0308n\nu\u0308ber')).toBe('Grün\nüber');
  });

  it('writes a tab as spaces and leaves out invisible and control characters', () => {
    expect(pdfText('a\tb')).toBe('a    b');
    expect(pdfText('Fach\u00adkräf\u200bte\u202e\u0007')).toBe('Fachkräfte');
  });
});
