import { normalizeLinkHref } from './links';

describe('normalizeLinkHref', () => {
  it('keeps web, mail and phone addresses', () => {
    expect(normalizeLinkHref('https://www.sachsen-anhalt.de/welcome')).toBe(
      'https://www.sachsen-anhalt.de/welcome',
    );
    expect(normalizeLinkHref(' mailto:info@example.org ')).toBe('mailto:info@example.org');
    expect(normalizeLinkHref('tel:+49345123456')).toBe('tel:+49345123456');
  });

  it('adds https:// to a bare domain', () => {
    expect(normalizeLinkHref('welcome-center.example.org/beratung')).toBe(
      'https://welcome-center.example.org/beratung',
    );
  });

  it('refuses what would run code or is no address', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.org',
      'zwei Wörter',
      '',
      'localhost',
    ])
      expect(normalizeLinkHref(bad)).toBeNull();
  });
});
