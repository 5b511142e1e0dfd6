/** @jest-environment jsdom */
import { jest } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act } from 'react';
import { MemoryRouter } from 'react-router';
import { changeLanguage, initI18n } from '../../i18n/i18n';
import { installBrowserStubs, render } from '../../test/render';
import { QueryState } from './QueryState';

const notFound = new CombinedGraphQLErrors({
  data: null,
  errors: [
    {
      message: 'x',
      extensions: {
        code: 'NOT_FOUND',
        messages: {
          de: 'Akteur mit der ID „unbekannt“ wurde nicht gefunden.',
          en: 'Actor with id "unbekannt" was not found.',
        },
      },
    },
  ],
});

const buttons = (container: HTMLElement) =>
  [...container.querySelectorAll('button')].map((b) => b.textContent);

describe('QueryState', () => {
  beforeAll(async () => {
    installBrowserStubs();
    await initI18n('de');
  });

  afterEach(async () => {
    await act(async () => {
      await changeLanguage('de');
    });
  });

  it('shows a record that does not exist as not found, with the way back to its list and no retry', async () => {
    const refetch = jest.fn();
    const view = await render(
      <MemoryRouter>
        <QueryState
          data={undefined}
          loading={false}
          error={notFound}
          refetch={refetch}
          list={{ path: '/akteure', label: 'Akteure' }}
        >
          {() => 'Daten'}
        </QueryState>
      </MemoryRouter>,
    );
    expect(view.container.querySelector('h1')?.textContent).toBe('Nicht gefunden');
    expect(view.container.textContent).toContain('wurde nicht gefunden');
    expect(view.container.querySelector('[role="alert"]')).toBeNull();
    expect(buttons(view.container)).not.toContain('Erneut versuchen');
    const links = [...view.container.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toContainEqual(['Zurück zur Liste: Akteure', '/akteure']);

    await act(async () => {
      await changeLanguage('en');
    });
    expect(view.container.querySelector('h1')?.textContent).toBe('Not found');
    expect(view.container.textContent).toContain('was not found');
    expect(refetch).not.toHaveBeenCalled();
    view.unmount();
  });

  it('leads to the start page when it does not know the list', async () => {
    const view = await render(
      <MemoryRouter>
        <QueryState data={undefined} loading={false} error={notFound}>
          {() => 'Daten'}
        </QueryState>
      </MemoryRouter>,
    );
    expect(view.container.querySelector('a')?.getAttribute('href')).toBe('/');
    view.unmount();
  });

  it('still offers a retry for any other failure', async () => {
    const refetch = jest.fn();
    const view = await render(
      <MemoryRouter>
        <QueryState
          data={undefined}
          loading={false}
          error={new TypeError('Failed to fetch')}
          refetch={refetch}
        >
          {() => 'Daten'}
        </QueryState>
      </MemoryRouter>,
    );
    expect(view.container.querySelector('[role="alert"]')).not.toBeNull();
    const retry = [...view.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Erneut versuchen',
    );
    act(() => retry?.click());
    expect(refetch).toHaveBeenCalledTimes(1);
    view.unmount();
  });

  it('shows the data once it is there', async () => {
    const view = await render(
      <MemoryRouter>
        <QueryState data={{ name: 'Verein' }} loading={false} error={notFound}>
          {(data) => data.name}
        </QueryState>
      </MemoryRouter>,
    );
    expect(view.container.textContent).toContain('Verein');
    expect(view.container.querySelector('h1')).toBeNull();
    view.unmount();
  });
});
