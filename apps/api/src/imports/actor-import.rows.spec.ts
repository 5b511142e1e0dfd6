import { indexVocabulary, prepareRows, splitList, type ImportVocabulary } from './actor-import.rows.js';

const VOCABULARY: ImportVocabulary = {
  categories: [
    {
      id: 'c-bildung',
      key: 'bildungstraeger',
      name: 'Bildungsträger',
      nameEn: 'Education and training providers',
    },
    {
      id: 'c-kammern',
      key: 'kammern-ag-verbaende',
      name: 'Kammern & AG-Verbände',
      nameEn: "Chambers and employers' associations",
    },
    { id: 'c-comma', key: 'beratung-bildung', name: 'Beratung, Bildung', nameEn: 'Counselling, education' },
  ],
  actionFields: [
    {
      id: 'f-1',
      key: 'aufenthalt-ankommen',
      name: 'Aufenthalt und Ankommen',
      nameEn: 'Residence and arrival',
      position: 1,
    },
  ],
  regions: [
    { id: 'r-harz', key: 'harz', name: 'Harz' },
    { id: 'r-halle', key: 'halle-saale', name: 'Halle (Saale)' },
  ],
};
const index = indexVocabulary(VOCABULARY);

describe('splitList', () => {
  it('splits by „|“ when the cell has one, otherwise by commas, trimming and dropping blanks', () => {
    expect(splitList(' Harz | Halle (Saale) |', index.regions)).toEqual(['Harz', 'Halle (Saale)']);
    expect(splitList('Harz,halle-saale, ', index.regions)).toEqual(['Harz', 'halle-saale']);
    expect(splitList('   ', index.regions)).toEqual([]);
  });

  it('keeps a known name that contains a comma whole', () => {
    expect(splitList('Beratung, Bildung', index.categories)).toEqual(['Beratung, Bildung']);
    expect(splitList('Beratung, Bildung|Bildungsträger', index.categories)).toEqual([
      'Beratung, Bildung',
      'Bildungsträger',
    ]);
  });
});

describe('prepareRows', () => {
  it('resolves names, keys, English names and positions regardless of case and umlaut spelling', () => {
    const [row] = prepareRows(
      [
        {
          line: 2,
          name: ' Verein ',
          categories: 'BILDUNGSTRAGER|Kammern & AG-Verbände',
          actionFields: '1, residence AND arrival',
          regions: 'halle (saale)',
        },
      ],
      index,
    );
    expect(row.issues).toEqual([]);
    expect(row.input).toMatchObject({
      categoryIds: ['c-bildung', 'c-kammern'],
      actionFieldIds: ['f-1', 'f-1'],
      regionIds: ['r-halle'],
      statewide: false,
    });
    expect(row.sortKey).toBe('verein');
  });

  it.each([
    ['ja', true],
    ['X', true],
    ['1', true],
    ['yes', true],
    ['Nein', false],
    ['0', false],
    ['', false],
    [null, false],
  ])('reads „Landesweit“ %p as %p', (statewide, expected) => {
    expect(prepareRows([{ line: 2, name: 'A', statewide }], index)[0].input.statewide).toBe(expected);
  });

  it('reports every problem of a row in column order, with the line', () => {
    const [row] = prepareRows(
      [
        {
          line: 9,
          name: '',
          email: 'kaputt',
          categories: 'Gibtsnicht',
          statewide: 'vielleicht',
          regions: 'Harz|Mond',
        },
      ],
      index,
    );
    expect(row.issues.map((issue) => [issue.line, issue.field, issue.reason])).toEqual([
      [9, 'name', 'REQUIRED'],
      [9, 'email', 'INVALID_EMAIL'],
      [9, 'categories', 'UNKNOWN_CATEGORY'],
      [9, 'regions', 'UNKNOWN_REGION'],
      [9, 'statewide', 'NOT_BOOLEAN'],
    ]);
    expect(row.issues[3].message.de).toContain('„Mond“');
  });

  it('marks the later of two rows with the same name (up to case and umlauts) as a duplicate of the first', () => {
    const rows = prepareRows(
      [
        { line: 2, name: 'Bildungsträger Süd' },
        { line: 3, name: 'Anderer' },
        { line: 4, name: 'BILDUNGSTRAGER  süd' },
      ],
      index,
    );
    expect(rows.map((row) => row.issues.map((issue) => issue.reason))).toEqual([
      [],
      [],
      ['DUPLICATE_IN_FILE'],
    ]);
    expect(rows[2].issues[0].message.de).toBe(
      'Der Name „BILDUNGSTRAGER  süd“ steht schon in Zeile 2 dieser Datei.',
    );
  });
});
