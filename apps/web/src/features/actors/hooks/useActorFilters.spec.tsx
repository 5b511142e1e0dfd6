/** @jest-environment jsdom */
import { act } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { installBrowserStubs, render } from '../../../test/render';
import { actorDirectoryPath, useActorFilters } from './useActorFilters';

let current: ReturnType<typeof useActorFilters>;
let search = '';
function Harness() {
  current = useActorFilters();
  search = useLocation().search;
  return null;
}

const at = (path: string) =>
  render(
    <MemoryRouter initialEntries={[path]}>
      <Harness />
    </MemoryRouter>,
  );

describe('useActorFilters', () => {
  beforeAll(() => installBrowserStubs());

  it('lists statewide actors under a region unless only regional ones are asked for, kept in the address', async () => {
    const view = await at('/akteure?region=r1');
    expect(current.filters.regionalOnly).toBe(false);
    expect(current.apiFilter).toMatchObject({ regionIds: ['r1'], regionalOnly: null });
    act(() => current.update({ regionalOnly: true }));
    expect(search).toBe('?region=r1&nur-regional=1');
    expect(current.filters.regionalOnly).toBe(true);
    expect(current.apiFilter).toMatchObject({ regionIds: ['r1'], regionalOnly: true });
    view.unmount();
  });

  it('sends "regional only" only together with a region', async () => {
    const view = await at('/akteure?nur-regional=1');
    expect(current.filters.regionalOnly).toBe(true);
    expect(current.apiFilter).toMatchObject({ regionIds: null, regionalOnly: null });
    view.unmount();
  });

  it('links to the directory with the choice', () => {
    expect(actorDirectoryPath({ regionIds: ['r1'], regionalOnly: true })).toBe(
      '/akteure?region=r1&nur-regional=1',
    );
  });
});
