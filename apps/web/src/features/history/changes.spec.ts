import { fieldChanges, restoreOptions, shorten } from './changes';

describe('recorded changes', () => {
  it('reads old and new values per field', () => {
    expect(fieldChanges({ title: { from: 'A', to: 'B' }, year: 2024 })).toEqual([
      { field: 'title', from: 'A', to: 'B', hasFrom: true },
      { field: 'year', from: null, to: 2024, hasFrom: false },
    ]);
    expect(fieldChanges(null)).toEqual([]);
    expect(fieldChanges(['x'])).toEqual([]);
  });

  it('offers the old value of an update, and a set value only once a newer change replaced it', () => {
    const options = restoreOptions([
      { id: 'c3', action: 'update', changes: { title: { from: 'B', to: 'C' } } },
      {
        id: 'c2',
        action: 'update',
        changes: { title: { from: 'A', to: 'B' }, description: { from: null, to: 'x' } },
      },
      {
        id: 'c1',
        action: 'create',
        changes: { title: { from: null, to: 'A' }, description: { from: null, to: null } },
      },
      { id: 'c0', action: 'link', changes: {} },
    ]);
    expect(options.get('c3')?.get('title')).toEqual({ from: true, to: false });
    expect(options.get('c2')?.get('title')).toEqual({ from: true, to: true });
    expect(options.get('c2')?.get('description')).toEqual({ from: true, to: false });
    expect(options.get('c1')?.get('title')).toEqual({ from: false, to: true });
    expect(options.get('c1')?.get('description')).toEqual({ from: false, to: true });
    expect(options.get('c0')?.size).toBe(0);
  });

  it('shortens long texts at a character boundary', () => {
    expect(shorten('kurz')).toBe('kurz');
    expect(shorten('äöü '.repeat(100), 10)).toBe('äöü äöü äö …');
  });
});
