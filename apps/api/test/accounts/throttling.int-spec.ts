import { startTestApp, TestApp } from '../support/test-app.js';
import { SIGN_IN, createAccount, errorCode, errorReason, post } from '../support/accounts.js';

/** Boots an app with its own limits; the environment is restored once the configuration has been read. */
async function appWithLimits(limits: Record<string, string>): Promise<TestApp> {
  const saved = Object.fromEntries(Object.keys(limits).map((key) => [key, process.env[key]]));
  Object.assign(process.env, limits);
  try {
    return await startTestApp();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe('sign-in throttling', () => {
  describe('per account and per client address', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await appWithLimits({
        SIGNIN_MAX_ATTEMPTS: '3',
        SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: '5',
        SIGNIN_WINDOW_MINUTES: '15',
      });
    });
    afterAll(() => t.close());

    it('refuses even the right password after too many failures, with a clear bilingual message', async () => {
      const a = await createAccount(t, 'member', 'throttled');
      for (let i = 0; i < 3; i++) {
        const wrong = await post(t, SIGN_IN, { email: a.email, password: `wrong-password-${i}` });
        expect(errorReason(wrong.body)).toBe('INVALID_CREDENTIALS');
      }
      const blocked = await post(t, SIGN_IN, { email: a.email.toUpperCase(), password: a.password });
      expect(errorCode(blocked.body)).toBe('UNAUTHENTICATED');
      expect(errorReason(blocked.body)).toBe('TOO_MANY_ATTEMPTS');
      expect(blocked.body.errors![0].extensions!.messages).toEqual({
        de: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten erneut.',
        en: 'Too many failed sign-in attempts. Please try again in 15 minutes.',
      });
      expect(blocked.setCookie).toEqual([]);

      // Another account from the same address is still fine (3 of 5 address failures used).
      const b = await createAccount(t, 'member', 'unaffected');
      expect((await post(t, SIGN_IN, { email: b.email, password: b.password })).body.errors).toBeUndefined();

      // Two more failures on unknown addresses exhaust the client address: now everyone here waits.
      for (const email of ['ghost-1@example.org', 'ghost-2@example.org']) {
        expect(errorReason((await post(t, SIGN_IN, { email, password: 'whatever-password' })).body)).toBe(
          'INVALID_CREDENTIALS',
        );
      }
      const c = await createAccount(t, 'member', 'same-address');
      expect(errorReason((await post(t, SIGN_IN, { email: c.email, password: c.password })).body)).toBe(
        'TOO_MANY_ATTEMPTS',
      );
    });
  });

  describe('window', () => {
    let t: TestApp;
    beforeAll(async () => {
      // 0.02 minutes = 1.2 seconds.
      t = await appWithLimits({ SIGNIN_MAX_ATTEMPTS: '2', SIGNIN_WINDOW_MINUTES: '0.02' });
    });
    afterAll(() => t.close());

    it('lets the account sign in again once the window has passed, and a success clears its count', async () => {
      const a = await createAccount(t);
      await post(t, SIGN_IN, { email: a.email, password: 'wrong-password-1' });
      await post(t, SIGN_IN, { email: a.email, password: 'wrong-password-2' });
      const blocked = await post(t, SIGN_IN, { email: a.email, password: a.password });
      expect(errorReason(blocked.body)).toBe('TOO_MANY_ATTEMPTS');
      expect(blocked.body.errors![0].extensions!.messages).toMatchObject({
        en: expect.stringContaining('1 minute.'),
      });

      await new Promise((resolve) => setTimeout(resolve, 1_300));
      expect((await post(t, SIGN_IN, { email: a.email, password: a.password })).body.errors).toBeUndefined();
      await post(t, SIGN_IN, { email: a.email, password: 'wrong-password-3' });
      expect((await post(t, SIGN_IN, { email: a.email, password: a.password })).body.errors).toBeUndefined();
    });
  });
});
