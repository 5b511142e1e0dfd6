import { DEVICE_COOKIE } from '../../src/auth/session-cookie.js';
import { startTestAppWith, TestApp } from '../support/test-app.js';
import { SIGN_IN, createAccount, errorCode, errorReason, post, sessionCookie } from '../support/accounts.js';

const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(current: $current, next: $next) }`;
const DELETE_ME = `mutation ($password: String!) { deleteMyAccount(password: $password) }`;

/** The device cookie a successful sign-in set, as a Cookie header pair. */
function deviceCookie(setCookie: string[]): string {
  const header = setCookie.find((line) => line.startsWith(`${DEVICE_COOKIE}=`));
  if (!header) throw new Error(`no ${DEVICE_COOKIE} cookie in ${JSON.stringify(setCookie)}`);
  return header.split(';')[0];
}

/** From a given client address (TRUST_PROXY is on in these apps), optionally with a device cookie. */
function from(address: string, cookie?: string) {
  return { headers: { 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) } };
}

describe('password throttling', () => {
  describe('growing delays that an attacker cannot turn against the account holder', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestAppWith({
        TRUST_PROXY: 'true',
        SIGNIN_MAX_ATTEMPTS: '3',
        SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT: '6',
        SIGNIN_MAX_ATTEMPTS_PER_ADDRESS: '8',
        SIGNIN_WINDOW_MINUTES: '15',
        SIGNIN_BASE_DELAY_SECONDS: '60',
      });
    });
    afterAll(() => t.close());

    it('pauses an (account, address) pair after its failures; a browser the person used before still gets in', async () => {
      const a = await createAccount(t, 'member', 'target');
      // The person signed in on this browser last week: it holds a device cookie.
      const earlier = await post(t, SIGN_IN, { email: a.email, password: a.password }, from('198.51.100.7'));
      const device = deviceCookie(earlier.setCookie);

      for (let i = 0; i < 3; i++) {
        const wrong = await post(t, SIGN_IN, { email: a.email, password: `guess-${i}` }, from('203.0.113.5'));
        expect(errorReason(wrong.body)).toBe('INVALID_CREDENTIALS');
      }
      const paused = await post(t, SIGN_IN, { email: a.email, password: a.password }, from('203.0.113.5'));
      expect(errorCode(paused.body)).toBe('UNAUTHENTICATED');
      expect(errorReason(paused.body)).toBe('TOO_MANY_ATTEMPTS');
      expect(paused.body.errors![0].extensions!.messages).toEqual({
        de: 'Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in 1 Minute erneut.',
        en: 'Too many failed sign-in attempts. Please try again in 1 minute.',
      });
      expect(paused.setCookie).toEqual([]);

      // Even from the attacker's own address, the person's known browser passes the pause.
      const known = await post(
        t,
        SIGN_IN,
        { email: a.email, password: a.password },
        from('203.0.113.5', device),
      );
      expect(known.body.errors).toBeUndefined();
      // And another address is not held back by the pair's count.
      const elsewhere = await post(t, SIGN_IN, { email: a.email, password: a.password }, from('192.0.2.44'));
      expect(elsewhere.body.errors).toBeUndefined();
    });

    it('pauses guessing at one account from many addresses (the slower account count)', async () => {
      const a = await createAccount(t, 'member', 'spread');
      const device = deviceCookie(
        (await post(t, SIGN_IN, { email: a.email, password: a.password }, from('198.51.100.8'))).setCookie,
      );
      for (let i = 0; i < 6; i++) {
        await post(t, SIGN_IN, { email: a.email, password: `guess-${i}` }, from(`203.0.113.${100 + i}`));
      }
      const fresh = await post(t, SIGN_IN, { email: a.email, password: a.password }, from('203.0.113.200'));
      expect(errorReason(fresh.body)).toBe('TOO_MANY_ATTEMPTS');
      // A forged device cookie is just an unknown browser.
      const forged = await post(
        t,
        SIGN_IN,
        { email: a.email, password: a.password },
        from('203.0.113.201', `${DEVICE_COOKIE}=${'x'.repeat(43)}`),
      );
      expect(errorReason(forged.body)).toBe('TOO_MANY_ATTEMPTS');
      const known = await post(
        t,
        SIGN_IN,
        { email: a.email, password: a.password },
        from('198.51.100.8', device),
      );
      expect(known.body.errors).toBeUndefined();
    });

    it('pauses one address that tries many accounts', async () => {
      for (let i = 0; i < 8; i++) {
        await post(
          t,
          SIGN_IN,
          { email: `ghost-${i}@example.org`, password: 'whatever-pw' },
          from('203.0.113.77'),
        );
      }
      const c = await createAccount(t, 'member', 'same-address');
      const paused = await post(t, SIGN_IN, { email: c.email, password: c.password }, from('203.0.113.77'));
      expect(errorReason(paused.body)).toBe('TOO_MANY_ATTEMPTS');
    });

    it('counts wrong current passwords in changePassword and deleteMyAccount with the sign-ins', async () => {
      const a = await createAccount(t, 'member', 'signed-in');
      const cookie = sessionCookie(
        (await post(t, SIGN_IN, { email: a.email, password: a.password }, from('198.51.100.9'))).setCookie,
      );
      // A stolen session cookie without the browser's device cookie, used from the thief's address.
      const thief = from('203.0.113.9', cookie);
      const next = 'a-new-password-1234';
      const first = await post(t, CHANGE_PASSWORD, { current: 'guess-0', next }, thief);
      expect(errorCode(first.body)).toBe('BAD_USER_INPUT');
      expect(errorReason(first.body)).toBe('WRONG_PASSWORD');
      await post(t, DELETE_ME, { password: 'guess-1' }, thief);
      await post(t, SIGN_IN, { email: a.email, password: 'guess-2' }, from('203.0.113.9'));

      const paused = await post(t, CHANGE_PASSWORD, { current: a.password, next }, thief);
      expect(errorCode(paused.body)).toBe('FORBIDDEN');
      expect(errorReason(paused.body)).toBe('TOO_MANY_ATTEMPTS');
      expect(paused.body.errors![0].extensions!.messages).toEqual({
        de: 'Zu viele falsche Passworteingaben. Bitte versuchen Sie es in 1 Minute erneut.',
        en: 'Too many wrong passwords. Please try again in 1 minute.',
      });
      expect(errorReason((await post(t, DELETE_ME, { password: a.password }, thief)).body)).toBe(
        'TOO_MANY_ATTEMPTS',
      );
      // Unchanged: the old password still signs in from elsewhere.
      expect(
        (await post(t, SIGN_IN, { email: a.email, password: a.password }, from('192.0.2.45'))).body.errors,
      ).toBeUndefined();
    });

    it('stops 30 wrong current passwords in a row after the first few', async () => {
      const a = await createAccount(t, 'member', 'thirty');
      const cookie = sessionCookie(
        (await post(t, SIGN_IN, { email: a.email, password: a.password }, from('198.51.100.10'))).setCookie,
      );
      const reasons: unknown[] = [];
      for (let i = 0; i < 30; i++) {
        const result = await post(
          t,
          CHANGE_PASSWORD,
          { current: `guess-${i}`, next: 'another-password-99' },
          from('203.0.113.10', cookie),
        );
        reasons.push(errorReason(result.body) ?? errorCode(result.body));
      }
      expect(reasons.slice(0, 3)).toEqual(['WRONG_PASSWORD', 'WRONG_PASSWORD', 'WRONG_PASSWORD']);
      expect(new Set(reasons.slice(3))).toEqual(new Set(['TOO_MANY_ATTEMPTS']));
    });
  });

  describe('window', () => {
    let t: TestApp;
    beforeAll(async () => {
      // 0.02 minutes = 1.2 seconds; pauses never outlast the window.
      t = await startTestAppWith({ SIGNIN_MAX_ATTEMPTS: '2', SIGNIN_WINDOW_MINUTES: '0.02' });
    });
    afterAll(() => t.close());

    it('lets the account sign in again once the pause has passed, and a success clears its count', async () => {
      const a = await createAccount(t);
      await post(t, SIGN_IN, { email: a.email, password: 'wrong-password-1' });
      await post(t, SIGN_IN, { email: a.email, password: 'wrong-password-2' });
      const blocked = await post(t, SIGN_IN, { email: a.email, password: a.password });
      expect(errorReason(blocked.body)).toBe('TOO_MANY_ATTEMPTS');

      await new Promise((resolve) => setTimeout(resolve, 1_300));
      expect((await post(t, SIGN_IN, { email: a.email, password: a.password })).body.errors).toBeUndefined();
      await post(t, SIGN_IN, { email: a.email, password: 'wrong-password-3' });
      expect((await post(t, SIGN_IN, { email: a.email, password: a.password })).body.errors).toBeUndefined();
    });
  });
});
