/** @jest-environment jsdom */
import { act } from 'react';
import { changeLanguage, i18n, initI18n, loadLazyTranslations } from '../../../i18n/i18n';
import { installBrowserStubs, render } from '../../../test/render';
import { ExportMenu } from './ExportMenu';

describe('ExportMenu', () => {
  beforeAll(async () => {
    installBrowserStubs();
    await initI18n('de');
    await loadLazyTranslations();
  });

  afterEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('de');
    });
  });

  it('offers the four downloads of the guideline as plain links to the server', async () => {
    const view = await render(<ExportMenu guidelineId="g-1" />);
    const button = view.container.querySelector('button');
    expect(button?.textContent).toBe('Exportieren');
    await act(async () => {
      button?.click();
      // The dropdown opens with a short transition.
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[download]')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Markdown (.md)', '/guidelines/g-1/export.md'],
      ['HTML (.html)', '/guidelines/g-1/export.html'],
      ['Word (DOCX)', '/guidelines/g-1/export.docx'],
      ['PDF', '/guidelines/g-1/export.pdf'],
    ]);
    view.unmount();
  });

  it('speaks English too', async () => {
    await act(async () => {
      await changeLanguage('en');
    });
    const view = await render(<ExportMenu guidelineId="g-1" />);
    expect(view.container.querySelector('button')?.textContent).toBe('Export');
    view.unmount();
  });
});
