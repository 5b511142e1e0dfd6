/** Characters that take no room or carry no letter: left out of the PDF's text. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A control character other than the line break (C0, DEL, C1). */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return char !== '\n' && (code < 0x20 || (code >= 0x7f && code <= 0x9f));
}

/**
 * Text as the PDF writes it: composed (NFC, so „ü“ is one glyph), a tab as four spaces, invisible
 * formatting characters and control characters left out; line breaks stay.
 */
export function pdfText(text: string): string {
  const spaced = text.normalize('NFC').replace(/\t/g, '    ').replace(INVISIBLE, '');
  return [...spaced].filter((char) => !isControl(char)).join('');
}
