/** @jest-environment jsdom */
import { inAppTarget } from './useLeaveGuard';

function clickOn(html: string, init: MouseEventInit = {}): string | null {
  document.body.innerHTML = html;
  const target = document.querySelector('[data-click]') as Element;
  const event = new MouseEvent('click', { bubbles: true, button: 0, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return inAppTarget(event, window.location);
}

describe('which clicks leave the guideline inside the app', () => {
  beforeAll(() => window.history.replaceState(null, '', '/leitfaeden/1'));

  it('holds a link to another page of the app, with its query and hash', () => {
    expect(clickOn('<a href="/akteure/2?x=1#a" data-click>Akteur</a>')).toBe('/akteure/2?x=1#a');
    expect(clickOn('<a href="/abmelden"><span data-click>Abmelden</span></a>')).toBe('/abmelden');
  });

  it('lets other clicks through: same page, other sites, new tabs, downloads, modifiers, no link', () => {
    expect(clickOn('<a href="/leitfaeden/1#kommentar-3" data-click>x</a>')).toBeNull();
    expect(clickOn('<a href="https://example.org/" data-click>x</a>')).toBeNull();
    expect(clickOn('<a href="/akteure" target="_blank" data-click>x</a>')).toBeNull();
    expect(clickOn('<a href="/export.md" download data-click>x</a>')).toBeNull();
    expect(clickOn('<a href="/akteure" data-click>x</a>', { ctrlKey: true })).toBeNull();
    expect(clickOn('<a href="/akteure" data-click>x</a>', { button: 1 })).toBeNull();
    expect(clickOn('<button data-click>x</button>')).toBeNull();
  });
});
