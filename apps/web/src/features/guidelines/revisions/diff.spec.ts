import { diffSequences, diffTexts, diffWords } from './diff';

describe('diffWords', () => {
  it('marks the words added and removed within a block, keeping the rest', () => {
    expect(diffWords('Anerkennung dauert lange', 'Anerkennung dauert oft sehr lange')).toEqual([
      { kind: 'same', text: 'Anerkennung dauert ' },
      { kind: 'added', text: 'oft sehr ' },
      { kind: 'same', text: 'lange' },
    ]);
    expect(diffWords('Termin beim Amt', 'Termin bei der Kammer')).toEqual([
      { kind: 'same', text: 'Termin ' },
      { kind: 'removed', text: 'beim Amt' },
      { kind: 'added', text: 'bei der Kammer' },
    ]);
  });

  it('gives the texts back: the same and removed parts are before, the same and added parts after', () => {
    const parts = diffWords('Ein alter Satz mit Wörtern', 'Ein neuer Satz ohne Wörter');
    const join = (kinds: string[]) =>
      parts
        .filter((part) => kinds.includes(part.kind))
        .map((part) => part.text)
        .join('');
    expect(join(['same', 'removed'])).toBe('Ein alter Satz mit Wörtern');
    expect(join(['same', 'added'])).toBe('Ein neuer Satz ohne Wörter');
  });
});

describe('diffTexts', () => {
  it('compares block by block: unchanged, changed by words, removed and added blocks', () => {
    const diff = diffTexts(
      'Zweck\nFachkräfte gewinnen\nAlter Absatz\nEnde',
      'Zweck\nFachkräfte schneller gewinnen\nEnde\nNeuer Absatz',
    );
    expect(diff.blocks.map((block) => block.kind)).toEqual(['same', 'changed', 'removed', 'same', 'added']);
    expect(diff.blocks[1].parts).toEqual([
      { kind: 'same', text: 'Fachkräfte ' },
      { kind: 'added', text: 'schneller ' },
      { kind: 'same', text: 'gewinnen' },
    ]);
    expect(diff).toMatchObject({ added: 3, removed: 2 });
  });

  it('finds nothing to mark in equal texts, and everything in an empty one', () => {
    expect(diffTexts('A\nB', 'A\nB')).toMatchObject({ added: 0, removed: 0 });
    expect(diffTexts('', 'Erster Absatz').blocks).toEqual([
      { kind: 'added', parts: [{ kind: 'added', text: 'Erster Absatz' }] },
    ]);
    expect(diffTexts('Weg', '').blocks).toEqual([
      { kind: 'removed', parts: [{ kind: 'removed', text: 'Weg' }] },
    ]);
  });

  it('stays fast and correct for a long text with one change in the middle', () => {
    const lines = Array.from({ length: 5000 }, (_, n) => `Absatz ${n} über Anerkennung`);
    const changed = [...lines];
    changed[2500] = 'Absatz 2500 über Anerkennung und Beratung';
    const diff = diffTexts(lines.join('\n'), changed.join('\n'));
    expect(diff).toMatchObject({ added: 2, removed: 0 });
    expect(diff.blocks.filter((block) => block.kind !== 'same')).toHaveLength(1);
  });
});

describe('diffSequences', () => {
  it('treats a middle too large to compare as replaced', () => {
    const a = Array.from({ length: 3000 }, (_, n) => `a${n}`);
    const b = Array.from({ length: 3000 }, (_, n) => `b${n}`);
    const ops = diffSequences(a, b);
    expect(ops.filter((op) => op.kind === 'removed')).toHaveLength(3000);
    expect(ops.filter((op) => op.kind === 'added')).toHaveLength(3000);
  });
});
