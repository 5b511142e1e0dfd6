/** @jest-environment jsdom */
import { act, useState } from 'react';
import { installBrowserStubs, render } from '../../test/render';
import { usePagedList, type PagedList } from './usePagedList';

let paging: PagedList;
let setFilter: (filter: string) => void;
function Harness() {
  const [filter, set] = useState('a');
  setFilter = set;
  paging = usePagedList([filter]);
  return null;
}

describe('usePagedList', () => {
  beforeAll(() => installBrowserStubs());

  it('walks forward and back by the cursors it was given', async () => {
    const view = await render(<Harness />);
    expect(paging.page).toBe(1);
    expect(paging.after).toBeNull();
    act(() => paging.next('c1'));
    act(() => paging.next('c2'));
    expect(paging.page).toBe(3);
    expect(paging.after).toBe('c2');
    act(() => paging.previous());
    expect(paging.page).toBe(2);
    expect(paging.after).toBe('c1');
    view.unmount();
  });

  it('starts at the first page again when the filter changes, not when it stays the same', async () => {
    const view = await render(<Harness />);
    act(() => paging.next('c1'));
    act(() => setFilter('a'));
    expect(paging.page).toBe(2);
    act(() => setFilter('b'));
    expect(paging.page).toBe(1);
    expect(paging.after).toBeNull();
    view.unmount();
  });
});
