import { DomainError, InputCheck } from '@netzwerkstatt/domain';
import { checkDisplayName, checkEmail, checkPassword, checkRole, normalizeEmail } from './account-input.js';

function issues(run: (check: InputCheck) => void): string[] {
  const check = new InputCheck();
  run(check);
  try {
    check.done();
    return [];
  } catch (error) {
    return (error as DomainError).issues.map((issue) => `${issue.field}:${issue.reason}`);
  }
}

describe('account input', () => {
  it('lower-cases and trims e-mail addresses', () => {
    expect(normalizeEmail('  Anna.Schmidt@Example.ORG ')).toBe('anna.schmidt@example.org');
  });

  it('checks e-mail addresses', () => {
    expect(issues((c) => checkEmail(c, 'email', 'anna@example.org'))).toEqual([]);
    expect(issues((c) => checkEmail(c, 'email', ' anna@example.org '))).toEqual([]);
    expect(issues((c) => checkEmail(c, 'email', ''))).toEqual(['email:REQUIRED']);
    expect(issues((c) => checkEmail(c, 'email', 'anna'))).toEqual(['email:INVALID_EMAIL']);
    expect(issues((c) => checkEmail(c, 'email', 5))).toEqual(['email:REQUIRED']);
  });

  it('counts password length in characters, 12 to 256', () => {
    expect(issues((c) => checkPassword(c, 'password', 'ä'.repeat(12)))).toEqual([]);
    expect(issues((c) => checkPassword(c, 'password', '😀'.repeat(256)))).toEqual([]);
    expect(issues((c) => checkPassword(c, 'password', 'x'.repeat(11)))).toEqual(['password:PASSWORD_LENGTH']);
    expect(issues((c) => checkPassword(c, 'password', 'x'.repeat(257)))).toEqual([
      'password:PASSWORD_LENGTH',
    ]);
    expect(issues((c) => checkPassword(c, 'password', undefined))).toEqual(['password:PASSWORD_LENGTH']);
  });

  it('checks display names and roles', () => {
    expect(issues((c) => checkDisplayName(c, 'displayName', 'x'.repeat(200)))).toEqual([]);
    expect(issues((c) => checkDisplayName(c, 'displayName', 'x'.repeat(201)))).toEqual([
      'displayName:TOO_LONG',
    ]);
    expect(issues((c) => checkRole(c, 'role', 'steering'))).toEqual([]);
    expect(issues((c) => checkRole(c, 'role', 'root'))).toEqual(['role:INVALID_ROLE']);
  });
});
