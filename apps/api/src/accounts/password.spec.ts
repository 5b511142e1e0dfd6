import { generatePassword, hashPassword, verifyAgainstDecoy, verifyPassword } from './password.js';

describe('passwords', () => {
  it('hashes with Argon2id and verifies only the right password', async () => {
    const stored = await hashPassword('korrekt-pferd-batterie');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'korrekt-pferd-batterie')).toBe(true);
    expect(await verifyPassword(stored, 'korrekt-pferd-batteriE')).toBe(false);
  });

  it('treats a malformed stored hash as a wrong password', async () => {
    expect(await verifyPassword('not-a-hash', 'anything-at-all')).toBe(false);
    expect(await verifyAgainstDecoy('anything-at-all')).toBe(false);
  });

  it('generates distinct passwords long enough for the password rule', () => {
    const a = generatePassword();
    expect(a).toMatch(/^[\w-]{20}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
