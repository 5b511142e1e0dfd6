import { DomainError } from '../errors/domain-error.js';
import { InputCheck } from './input-check.js';
import { LIMITS } from './limits.js';

const label = { de: 'Name', en: 'Name' };

function issuesOf(run: () => void): DomainError['issues'] {
  try {
    run();
  } catch (error) {
    return (error as DomainError).issues;
  }
  return [];
}

describe('InputCheck', () => {
  it('rejects empty and over-long text with German and English messages', () => {
    const issues = issuesOf(() =>
      new InputCheck()
        .requiredText('name', label, '   ', LIMITS.name)
        .optionalText('description', label, 'x'.repeat(LIMITS.name + 1), LIMITS.name)
        .done(),
    );
    expect(issues.map((i) => i.reason)).toEqual(['REQUIRED', 'TOO_LONG']);
    expect(issues[1].message.de).toContain('höchstens 200 Zeichen');
  });

  it('accepts HTML and Cypher-looking text verbatim', () => {
    expect(() =>
      new InputCheck()
        .requiredText('name', label, "<script>alert(1)</script>' MATCH (n) DETACH DELETE n //", LIMITS.name)
        .done(),
    ).not.toThrow();
  });

  it('checks e-mail and web addresses', () => {
    const issues = issuesOf(() =>
      new InputCheck()
        .optionalEmail('email', label, 'no-at-sign')
        .optionalUrl('website', label, 'javascript:alert(1)')
        .done(),
    );
    expect(issues.map((i) => i.reason)).toEqual(['INVALID_EMAIL', 'INVALID_URL']);
  });
});
