import { isSafeHref, parseInline, parseMarkdown } from './markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs with line breaks and both kinds of lists', () => {
    const blocks = parseMarkdown(
      '# Angaben\n\nNetzwerk e. V.\nStraße 1\n\n- eins\n- zwei\n\n1. erstens\n2) zweitens\n### Klein',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, children: [{ kind: 'text', text: 'Angaben' }] },
      {
        kind: 'paragraph',
        children: [
          { kind: 'text', text: 'Netzwerk e. V.' },
          { kind: 'break' },
          { kind: 'text', text: 'Straße 1' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        items: [[{ kind: 'text', text: 'eins' }], [{ kind: 'text', text: 'zwei' }]],
      },
      {
        kind: 'list',
        ordered: true,
        items: [[{ kind: 'text', text: 'erstens' }], [{ kind: 'text', text: 'zweitens' }]],
      },
      { kind: 'heading', level: 3, children: [{ kind: 'text', text: 'Klein' }] },
    ]);
  });

  it('accepts Windows line ends and a list right after a paragraph line', () => {
    expect(parseMarkdown('Kontakt:\r\n- E-Mail\r\n').map((block) => block.kind)).toEqual([
      'paragraph',
      'list',
    ]);
  });

  it('keeps HTML as plain text', () => {
    expect(parseMarkdown('<script>alert(1)</script> <b>fett</b>')).toEqual([
      { kind: 'paragraph', children: [{ kind: 'text', text: '<script>alert(1)</script> <b>fett</b>' }] },
    ]);
  });

  it('treats "#hashtag" without a space and more than three # as text', () => {
    expect(parseMarkdown('#kein Titel\n#### vier').map((block) => block.kind)).toEqual(['paragraph']);
  });
});

describe('parseInline', () => {
  it('reads bold, italic, code and links', () => {
    expect(
      parseInline('**Platzhalter:** *bitte* _ergänzen_, `netzwerkstatt_session` [Web](https://example.org)'),
    ).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Platzhalter:' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'bitte' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'ergänzen' }] },
      { kind: 'text', text: ', ' },
      { kind: 'code', text: 'netzwerkstatt_session' },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: 'https://example.org', children: [{ kind: 'text', text: 'Web' }] },
    ]);
  });

  it('links bare web addresses without the punctuation after them', () => {
    expect(parseInline('Siehe https://example.org/a?b=1.')).toEqual([
      { kind: 'text', text: 'Siehe ' },
      {
        kind: 'link',
        href: 'https://example.org/a?b=1',
        children: [{ kind: 'text', text: 'https://example.org/a?b=1' }],
      },
      { kind: 'text', text: '.' },
    ]);
  });

  it('never makes a link of javascript:, data: or protocol-relative addresses', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
    ]) {
      expect(isSafeHref(href)).toBe(false);
      expect(parseInline(`[klick](${href})`)).toEqual([{ kind: 'text', text: `[klick](${href})` }]);
    }
    for (const href of [
      'https://a.example',
      'http://a.example',
      'mailto:a@example.org',
      'tel:+49391',
      '/datenschutz',
    ]) {
      expect(isSafeHref(href)).toBe(true);
    }
  });

  it('leaves underscores inside words and lone asterisks alone', () => {
    expect(parseInline('snake_case_name und 2 * 3 = 6')).toEqual([
      { kind: 'text', text: 'snake_case_name und 2 * 3 = 6' },
    ]);
  });
});
