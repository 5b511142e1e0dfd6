import { safeReturnPath, signInPathFor } from './returnTo';

describe('return after sign-in', () => {
  it('returns to a page of the app', () => {
    expect(safeReturnPath('/akteure/42?tab=history')).toBe('/akteure/42?tab=history');
    expect(signInPathFor('/akteure/42')).toBe('/anmelden?weiter=%2Fakteure%2F42');
  });

  it('never sends a person to another site', () => {
    for (const bad of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '',
      null,
    ]) {
      expect(safeReturnPath(bad)).toBe('/');
    }
  });
});
