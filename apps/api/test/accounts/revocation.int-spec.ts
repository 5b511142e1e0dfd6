import { runCli } from '../../src/cli/commands.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { ME, SIGN_IN, createAccount, post, sessionCookie } from '../support/accounts.js';

const SILENT = { out: () => undefined, err: () => undefined };

/**
 * Milliseconds from now until the first request whose answer satisfies `done` was sent (its own time
 * on a loaded machine is not the change's delay), asking every 10 ms; fails after 5 s.
 */
async function timeUntil<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < 5_000) {
    const sent = performance.now();
    if (done(await ask())) return sent - start;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('not seen within 5 s');
}

type Me = { me: { id: string; role: string } | null };

/**
 * Changes made by another process — the CLI, a second server — reach a server whose session cache
 * holds the session within one second (REVOCATION_POLL_MS 250 by default), not after the cache's 10 s.
 */
describe('revocations made elsewhere', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  async function cachedCookie(t: TestApp, role: 'member' | 'admin' = 'member') {
    const account = await createAccount(t, role, 'revoked');
    const cookie = sessionCookie(
      (await post(t, SIGN_IN, { email: account.email, password: account.password })).setCookie,
    );
    // Asked once, so this server has the session in its cache.
    expect((await post<Me>(t, ME, {}, { cookie })).body.data?.me?.id).toBe(account.id);
    return { account, cookie };
  }

  it('a CLI user:disable ends the session on the running server within 1 s', async () => {
    const { account, cookie } = await cachedCookie(a);
    expect(await runCli(['user:disable', '--email', account.email], SILENT)).toBe(0);
    const ms = await timeUntil(
      () => post<Me>(a, ME, {}, { cookie }),
      (answer) => answer.body.data?.me === null,
    );
    expect(ms).toBeLessThan(1_000);
  });

  it('a CLI user:set-role changes what the running server grants within 1 s', async () => {
    const { account, cookie } = await cachedCookie(a);
    expect(await runCli(['user:set-role', '--email', account.email, '--role', 'analyst'], SILENT)).toBe(0);
    const ms = await timeUntil(
      () => post<Me>(a, ME, {}, { cookie }),
      (answer) => answer.body.data?.me?.role === 'analyst',
    );
    expect(ms).toBeLessThan(1_000);
  });

  it('signing out on one server ends the session on another within 1 s', async () => {
    const { cookie } = await cachedCookie(a);
    expect((await post<Me>(b, ME, {}, { cookie })).body.data?.me).not.toBeNull();
    await post(a, `mutation { signOut }`, {}, { cookie });
    const ms = await timeUntil(
      () => post<Me>(b, ME, {}, { cookie }),
      (answer) => answer.body.data?.me === null,
    );
    expect(ms).toBeLessThan(1_000);
  });

  it('an admin disabling on one server ends the session on another within 1 s', async () => {
    const { account, cookie } = await cachedCookie(b);
    const admin = await a.tokenFor('admin');
    const disabled = await a.gql(
      `mutation ($id: ID!) { disableUser(id: $id) { disabled } }`,
      { id: account.id },
      admin,
    );
    expect(disabled.errors).toBeUndefined();
    const ms = await timeUntil(
      () => post<Me>(b, ME, {}, { cookie }),
      (answer) => answer.body.data?.me === null,
    );
    expect(ms).toBeLessThan(1_000);
  });
});
