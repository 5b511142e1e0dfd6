/** Code points beyond Latin-1 that the WinAnsi encoding of the PDF's built-in Helvetica has. */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

/** Common characters outside WinAnsi, written as their nearest WinAnsi look-alike. */
const NEAREST: Record<string, string> = {
  '\t': '    ',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\ufeff': '',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u201b': '‘',
  '\u201f': '“',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'x',
  '\u2714': 'x',
  '\u2610': '[ ]',
  '\u2611': '[x]',
  '\u2612': '[x]',
  '\u25cf': '•',
  '\u25aa': '•',
  '\u25e6': '•',
  '\u2023': '•',
  '\u2043': '-',
  '\u2605': '*',
  '\u2116': 'Nr.',
};

function encodable(code: number): boolean {
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
}

/**
 * Text the PDF's built-in fonts can show: they are WinAnsi-encoded, which has every German letter
 * (ä ö ü Ä Ö Ü ß), „ “ ‚ ‘ – — … € and Western European accents. Other characters become their
 * nearest look-alike (→ as ->), a letter without its accent, or „?“; line breaks stay.
 */
export function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (char in NEAREST) out += NEAREST[char];
    else if (char === '\n' || encodable(code)) out += char;
    else {
      const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every((c) => encodable(c.codePointAt(0) ?? 0)) ? base : '?';
    }
  }
  return out;
}
