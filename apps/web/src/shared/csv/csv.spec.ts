import {
  CsvParseError,
  csvFileName,
  decodeCsvBytes,
  detectSeparator,
  neutralizeFormula,
  parseCsv,
  toCsv,
} from './csv';

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF after every line', () => {
    expect(toCsv(['Name', 'Ort'], [['Ärztekammer', 'Halle (Saale)']])).toBe(
      '\uFEFFName;Ort\r\nÄrztekammer;Halle (Saale)\r\n',
    );
  });

  it('quotes fields with a separator, a quote or a line break, doubling quotes', () => {
    const csv = toCsv(
      ['a'],
      [['x;y'], ['sagt "hallo"'], ['Zeile 1\nZeile 2'], ['CR\rhere'], ['plain, with comma']],
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '"x;y"',
      '"sagt ""hallo"""',
      '"Zeile 1\nZeile 2"',
      '"CR\rhere"',
      'plain, with comma',
    ]);
  });

  it('writes empty cells for null and undefined, and numbers and booleans as they are', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, -3, false]])).toBe(
      '\uFEFFa;b;c;d\r\n;;-3;false\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://evil.example","klick")', `"'=HYPERLINK(""http://evil.example"",""klick"")"`],
    ['+49 391 123456', "'+49 391 123456"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['Gute Praxis = Erfolg', 'Gute Praxis = Erfolg'],
  ])('neutralises a formula at the start of %p', (value, written) => {
    expect(toCsv(['x'], [[value]]).split('\r\n')[1]).toBe(written);
  });

  it('neutralises header cells too', () => {
    expect(neutralizeFormula('=1')).toBe("'=1");
    expect(toCsv(['=1'], []).slice(1)).toBe("'=1\r\n");
  });
});

describe('parseCsv', () => {
  it('reads what toCsv writes back into the same cells, umlauts and all', () => {
    const rows = [
      ['Beratung „Anerkennung“; Süd', 'Straße 1\r\nMagdeburg', 'sagt "ja"', ''],
      ['Öffnungszeiten', 'ß', 'a,b', 'x'],
    ];
    const parsed = parseCsv(toCsv(['Name', 'Adresse', 'Zitat', 'Leer'], rows));
    expect(parsed.separator).toBe(';');
    expect(parsed.records.map((record) => record.cells)).toEqual([
      ['Name', 'Adresse', 'Zitat', 'Leer'],
      ...rows,
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const parsed = parseCsv('Name;Notiz\n"A";"eins\nzwei\ndrei"\nB;x\n');
    expect(parsed.records.map((record) => [record.line, record.cells[0]])).toEqual([
      [1, 'Name'],
      [2, 'A'],
      [5, 'B'],
    ]);
  });

  it('accepts LF, CRLF and CR line ends and no line end at the end', () => {
    for (const text of ['a;b\nc;d', 'a;b\r\nc;d\r\n', 'a;b\rc;d\r']) {
      expect(parseCsv(text).records.map((record) => record.cells)).toEqual([
        ['a', 'b'],
        ['c', 'd'],
      ]);
    }
  });

  it('strips the BOM from the first header', () => {
    expect(parseCsv('\uFEFFName;E-Mail\r\n').records[0].cells).toEqual(['Name', 'E-Mail']);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(parseCsv('a;;c;\n').records[0].cells).toEqual(['a', '', 'c', '']);
  });

  it('detects comma- and tab-separated files, ignoring separators inside quotes', () => {
    expect(detectSeparator('"a;b;c",d,e\n')).toBe(',');
    expect(detectSeparator('Name\tOrt\n')).toBe('\t');
    expect(detectSeparator('\uFEFFName;Ort,Land\n')).toBe(';');
    expect(detectSeparator('Name\n')).toBe(';');
    expect(parseCsv('Name,Ort\n"Halle, Saale",x\n').records[1].cells).toEqual(['Halle, Saale', 'x']);
  });

  it('refuses a quote that is never closed, naming the line it opened on', () => {
    let caught: unknown;
    try {
      parseCsv('Name\nok\n"kaputt\nweiter');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CsvParseError);
    expect((caught as CsvParseError).line).toBe(3);
  });
});

describe('decodeCsvBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeCsvBytes(new TextEncoder().encode('Größe;Ärger'))).toBe('Größe;Ärger');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8 (old Excel exports)', () => {
    // "Größe" in Windows-1252: ö = 0xF6, ß = 0xDF.
    expect(decodeCsvBytes(new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]))).toBe('Größe');
  });
});

describe('csvFileName', () => {
  it('adds the local date', () => {
    expect(csvFileName('akteure', new Date(2026, 2, 1, 23, 30))).toBe('akteure-2026-03-01.csv');
  });
});
