import neo4j from 'neo4j-driver';
import { toPlain } from './records.js';

describe('toPlain', () => {
  it('turns driver values inside lists and maps into plain data, at any depth', () => {
    const at = new neo4j.types.DateTime(2026, 1, 2, 3, 4, 5, 6_000_000, 0);
    const value = {
      count: neo4j.int(7),
      rows: [{ title: 'Ä', createdAt: at, nested: [{ n: neo4j.int(1) }] }],
      missing: undefined,
      empty: null,
      flag: true,
    };
    expect(toPlain(value)).toEqual({
      count: 7,
      rows: [{ title: 'Ä', createdAt: '2026-01-02T03:04:05.006Z', nested: [{ n: 1 }] }],
      missing: null,
      empty: null,
      flag: true,
    });
  });

  it('passes strings, numbers and booleans through and maps undefined to null', () => {
    expect([toPlain('x'), toPlain(3), toPlain(false), toPlain(undefined)]).toEqual(['x', 3, false, null]);
  });
});
