import { linkReferenceGraph } from './reference.service.js';

describe('linkReferenceGraph', () => {
  const graph = linkReferenceGraph({
    // Deliberately out of order: the chain comes from positions and NEXT, not from row order.
    fields: [
      {
        id: 'f2',
        key: 'two',
        position: 2,
        name: 'Zwei',
        nameEn: 'Two',
        asWritten: '',
        categoryIds: ['c1'],
        nextId: null,
      },
      {
        id: 'f1',
        key: 'one',
        position: 1,
        name: 'Eins',
        nameEn: 'One',
        asWritten: '',
        categoryIds: ['c2', 'c1'],
        nextId: 'f2',
      },
    ],
    categories: [
      { id: 'c1', key: 'a', name: 'A', nameEn: 'A (en)' },
      { id: 'c2', key: 'b', name: 'B', nameEn: null },
    ],
  });

  it('orders fields by position and links next and previous both ways', () => {
    expect(graph.fields.map((f) => f.key)).toEqual(['one', 'two']);
    expect(graph.fields[0].next?.key).toBe('two');
    expect(graph.fields[1].previous?.key).toBe('one');
    expect(graph.fields[0].previous).toBeNull();
    expect(graph.fields[1].next).toBeNull();
  });

  it('keeps the placement order inside a field and the process-chain order inside a category', () => {
    expect(graph.fields[0].categories.map((c) => c.key)).toEqual(['b', 'a']);
    const a = graph.categories.find((c) => c.key === 'a')!;
    expect(a.fields.map((f) => f.key)).toEqual(['one', 'two']);
    expect(a.fields[1].categories[0]).toBe(a);
  });

  it('names categories in English, falling back to the German name where none is stored', () => {
    expect(graph.categories.map((c) => [c.key, c.nameEn])).toEqual([
      ['a', 'A (en)'],
      ['b', 'B'],
    ]);
  });
});
