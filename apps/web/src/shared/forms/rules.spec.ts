import { firstProblem, rules } from './rules';

describe('form rules (the same limits as the server)', () => {
  it('counts characters, not UTF-16 units, against the maximum length', () => {
    const max5 = rules.maxLength(5);
    expect(max5('Größe', {})).toBeUndefined();
    expect(max5('👩‍🔬👩‍🔬', {})).toBeDefined();
    expect(max5('abcdef', {})).toEqual({ key: 'validation.tooLong', values: { max: 5, count: 6 } });
  });

  it('wants something in a required field', () => {
    expect(rules.required('   ', {})).toEqual({ key: 'validation.required' });
    expect(rules.required('x', {})).toBeUndefined();
  });

  it('accepts empty optional e-mail and web addresses, and refuses malformed ones', () => {
    expect(rules.email('', {})).toBeUndefined();
    expect(rules.email('kontakt@welcome-center.example', {})).toBeUndefined();
    expect(rules.email('kontakt@', {})).toEqual({ key: 'validation.email' });
    expect(rules.url('', {})).toBeUndefined();
    expect(rules.url('https://www.sachsen-anhalt.de', {})).toBeUndefined();
    expect(rules.url('www.sachsen-anhalt.de', {})).toEqual({ key: 'validation.url' });
    expect(rules.url('javascript:alert(1)', {})).toEqual({ key: 'validation.url' });
  });

  it('takes a year from 1950 to next year, as the server does', () => {
    const next = new Date().getFullYear() + 1;
    expect(rules.year('', {})).toBeUndefined();
    expect(rules.year('1950', {})).toBeUndefined();
    expect(rules.year(String(next), {})).toBeUndefined();
    expect(rules.year('1949', {})).toEqual({ key: 'validation.year', values: { min: 1950, max: next } });
    expect(rules.year(String(next + 1), {})?.key).toBe('validation.year');
    expect(rules.year('20.5', {})?.key).toBe('validation.year');
  });

  it('compares a repeated password with the first', () => {
    const repeat = rules.sameAs('password');
    expect(repeat('geheim-und-lang', { password: 'geheim-und-lang' })).toBeUndefined();
    expect(repeat('geheim', { password: 'geheim-und-lang' })).toEqual({ key: 'validation.passwordsDiffer' });
  });

  it('reports the first problem of a field', () => {
    expect(firstProblem('', {}, [rules.required, rules.maxLength(3)])).toEqual({
      key: 'validation.required',
    });
    expect(firstProblem('abcd', {}, [rules.required, rules.maxLength(3)])?.key).toBe('validation.tooLong');
    expect(firstProblem('abc', {}, undefined)).toBeUndefined();
  });
});
