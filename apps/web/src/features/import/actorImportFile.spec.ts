import { toCsv } from '../../shared/csv/csv';
import { actorTemplateCsv, readActorImportFile, unprotectCell } from './actorImportFile';

const HEADER = 'Name;Beschreibung;Website;E-Mail;Kategorien;Handlungsfelder;Regionen;Landesweit';

describe('readActorImportFile', () => {
  it('maps the German template headers to fields and numbers rows as a spreadsheet does', () => {
    const file = readActorImportFile(
      `\uFEFF${HEADER}\r\nÄrztekammer;"Berät; hilft";https://a.example;a@example.org;Kammern & AG-Verbände;anerkennung|3;Harz, Börde;ja\r\n\r\n"Zwei\nZeilen";;;;;;;\r\n`,
    );
    expect(file.problems).toEqual([]);
    expect(file.separator).toBe(';');
    expect(file.rows).toEqual([
      {
        line: 2,
        name: 'Ärztekammer',
        description: 'Berät; hilft',
        website: 'https://a.example',
        email: 'a@example.org',
        categories: 'Kammern & AG-Verbände',
        actionFields: 'anerkennung|3',
        regions: 'Harz, Börde',
        statewide: 'ja',
      },
      { line: 4, name: 'Zwei\nZeilen' },
    ]);
  });

  it('accepts English and differently spelled headers, in any order, and ignores unknown columns', () => {
    const file = readActorImportFile(
      'ID,Statewide,name,E-mail address,Action fields\nabc,yes,Verein,v@example.org,1\n',
    );
    expect(file.problems).toEqual([]);
    expect(file.ignoredHeaders).toEqual(['ID']);
    expect(file.rows).toEqual([
      { line: 2, statewide: 'yes', name: 'Verein', email: 'v@example.org', actionFields: '1' },
    ]);
  });

  it('reads back what the export writes, formula protection included', () => {
    const csv = toCsv(['Name', 'Beschreibung', 'ID'], [['=Verein', '+49 Telefon', 'x-1']]);
    expect(readActorImportFile(csv).rows).toEqual([{ line: 2, name: '=Verein', description: '+49 Telefon' }]);
  });

  it.each([
    ['an unterminated quote', `${HEADER}\nA;"offen\n`, [{ kind: 'unterminatedQuote', line: 2 }]],
    ['an empty file', '\uFEFF\r\n', [{ kind: 'noHeader' }]],
    ['no name column', 'Titel;Ort\nA;B\n', [{ kind: 'noNameColumn', headers: ['Titel', 'Ort'] }]],
    ['a header only', `${HEADER}\r\n`, [{ kind: 'noRows' }]],
    [
      'a column twice',
      'Name;Regionen;Region\nA;Harz;Börde\n',
      [{ kind: 'duplicateColumn', header: 'Region' }],
    ],
  ])('reports %s and yields no rows', (_label, text, problems) => {
    const file = readActorImportFile(text);
    expect(file.problems).toEqual(problems);
    expect(file.rows).toEqual([]);
  });

  it('refuses more than 5,000 rows', () => {
    const text = `Name\n${Array.from({ length: 5_001 }, (_, i) => `A${i}`).join('\n')}`;
    expect(readActorImportFile(text).problems).toEqual([{ kind: 'tooManyRows', count: 5_001 }]);
  });
});

describe('unprotectCell', () => {
  it('removes only the apostrophe the export puts before = + - @', () => {
    expect(["'=1", "'+49", "'-x", "'@a", "'Hallo", "''=1", 'Rock’n’Roll'].map(unprotectCell)).toEqual([
      '=1',
      '+49',
      '-x',
      '@a',
      "'Hallo",
      "''=1",
      'Rock’n’Roll',
    ]);
  });
});

describe('actorTemplateCsv', () => {
  it('has the German headers and an example row the reader accepts', () => {
    const csv = actorTemplateCsv({
      categories: ['IQ Angebote', 'Bildungsträger', 'x'],
      actionFields: ['Arbeitsmarkt'],
      regions: ['Harz', 'Börde'],
    });
    expect(csv.startsWith(`\uFEFF${HEADER}\r\n`)).toBe(true);
    const file = readActorImportFile(csv);
    expect(file.problems).toEqual([]);
    expect(file.rows[0]).toMatchObject({
      categories: 'IQ Angebote | Bildungsträger',
      actionFields: 'Arbeitsmarkt',
      regions: 'Harz | Börde',
      statewide: 'nein',
    });
  });
});
