import { DomainError } from '@netzwerkstatt/domain';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './cursor.js';

describe('keyset cursors', () => {
  it('round-trips sort value and id', () => {
    const cursor = encodeCursor({ sort: 'Ärztekammer', id: 'a-1' });
    expect(decodeCursor(cursor)).toEqual({ sort: 'Ärztekammer', id: 'a-1' });
  });

  it('rejects garbage as bad input, not a crash', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(DomainError);
  });

  it('rejects page sizes out of range', () => {
    expect(() => pageSize(0)).toThrow(DomainError);
    expect(() => pageSize(1000)).toThrow(DomainError);
    expect(pageSize(undefined)).toBe(20);
  });

  it('reports a next page only when more rows than the limit came back', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(toConnection(rows, 2, 3, (r) => r.id).pageInfo.hasNextPage).toBe(true);
    expect(toConnection(rows, 3, 3, (r) => r.id).pageInfo.hasNextPage).toBe(false);
  });
});
