import { parseCsv } from '../../shared/csv/csv';
import { flatten, myDataCsv } from './myDataCsv';

const LABELS = {
  header: ['Bereich', 'Eintrag', 'Feld', 'Wert'] as [string, string, string, string],
  sections: { account: 'Konto', sessions: 'Sitzungen', changes: 'Änderungen' },
};

describe('flatten', () => {
  it('names every leaf by its path, numbering list items from 1', () => {
    expect(flatten({ a: { b: 1 }, c: [2, 3], d: null, e: [], f: {} })).toEqual([
      ['a.b', 1],
      ['c.1', 2],
      ['c.2', 3],
      ['d', ''],
      ['e', ''],
      ['f', ''],
    ]);
  });
});

describe('myDataCsv', () => {
  it('writes every stored value with its part, entry number and field, readable by a spreadsheet', () => {
    const data = {
      account: { id: 'u1', email: 'jana@example.org', displayName: 'Jana Müller', role: 'member' },
      sessions: [{ id: 's1', kind: 'cookie', revokedAt: null }],
      changes: [
        { id: 'c1', action: 'update', changes: { name: { from: 'Alt', to: '=Neu; "zitiert"' } } },
        { id: 'c2', action: 'create', changes: {} },
      ],
    };
    const csv = myDataCsv(data, LABELS);
    expect(csv.startsWith('\uFEFFBereich;Eintrag;Feld;Wert\r\n')).toBe(true);
    const cells = parseCsv(csv)
      .records.slice(1)
      .map((record) => record.cells);
    expect(cells).toEqual([
      ['Konto', '1', 'id', 'u1'],
      ['Konto', '1', 'email', 'jana@example.org'],
      ['Konto', '1', 'displayName', 'Jana Müller'],
      ['Konto', '1', 'role', 'member'],
      ['Sitzungen', '1', 'id', 's1'],
      ['Sitzungen', '1', 'kind', 'cookie'],
      ['Sitzungen', '1', 'revokedAt', ''],
      ['Änderungen', '1', 'id', 'c1'],
      ['Änderungen', '1', 'action', 'update'],
      ['Änderungen', '1', 'changes.name.from', 'Alt'],
      ['Änderungen', '1', 'changes.name.to', `'=Neu; "zitiert"`],
      ['Änderungen', '2', 'id', 'c2'],
      ['Änderungen', '2', 'action', 'create'],
      ['Änderungen', '2', 'changes', ''],
    ]);
  });

  it('keeps parts it does not know under their own name', () => {
    const csv = myDataCsv({ tokens: [{ name: 'Export' }] }, LABELS);
    expect(parseCsv(csv).records[1].cells).toEqual(['tokens', '1', 'name', 'Export']);
  });
});
