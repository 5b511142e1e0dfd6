/** @jest-environment jsdom */
import { jest } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { act } from 'react';
import { i18n, initI18n } from '../../i18n/i18n';
import { installBrowserStubs, render } from '../../test/render';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  beforeAll(async () => {
    installBrowserStubs();
    await initI18n('de');
  });

  afterEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('de');
    });
  });

  const forbidden = new CombinedGraphQLErrors({
    data: null,
    errors: [
      {
        message: 'x',
        extensions: {
          code: 'FORBIDDEN',
          messages: { de: 'Nur für die Steuerungsgruppe.', en: 'Steering group only.' },
        },
      },
    ],
  });

  it("shows the server's message in the person's language", async () => {
    const view = await render(<ErrorState error={forbidden} />);
    expect(view.container.textContent).toContain('Nur für die Steuerungsgruppe.');
    expect(view.container.textContent).toContain('Das hat nicht geklappt');
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    expect(view.container.textContent).toContain('Steering group only.');
    view.unmount();
  });

  it('offers a retry that tries again', async () => {
    const retry = jest.fn();
    const view = await render(<ErrorState error={new TypeError('Failed to fetch')} onRetry={retry} />);
    expect(view.container.textContent).toContain('Der Server ist nicht erreichbar');
    const button = [...view.container.querySelectorAll('button')].find(
      (b) => b.textContent === 'Erneut versuchen',
    );
    expect(button).toBeDefined();
    act(() => button?.click());
    expect(retry).toHaveBeenCalledTimes(1);
    view.unmount();
  });

  it('offers no retry when the record does not exist: trying again cannot help', async () => {
    const notFound = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }],
    });
    const view = await render(<ErrorState error={notFound} onRetry={jest.fn()} />);
    expect(view.container.textContent).toContain('Das Gesuchte gibt es nicht (mehr).');
    expect(view.container.querySelector('button')).toBeNull();
    view.unmount();
  });
});
