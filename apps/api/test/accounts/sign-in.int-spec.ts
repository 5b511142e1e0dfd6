import { SESSION_COOKIE } from '../../src/auth/session-cookie.js';
import { generateSessionToken, hashSessionToken } from '../../src/sessions/session-token.js';
import { SessionsRepository } from '../../src/sessions/sessions.repository.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import {
  ME,
  SIGN_IN,
  createAccount,
  errorCode,
  errorReason,
  post,
  sessionCookie,
} from '../support/accounts.js';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('signs in with e-mail and password, sets an httpOnly Lax session cookie, and the cookie identifies me', async () => {
    const account = await createAccount(t, 'analyst');
    const signIn = await post(t, SIGN_IN, { email: account.email, password: account.password });
    expect(signIn.body.errors).toBeUndefined();
    expect(signIn.body.data).toEqual({
      signIn: {
        id: account.id,
        email: account.email,
        displayName: 'Test person',
        role: 'analyst',
        disabled: false,
      },
    });
    const header = signIn.setCookie.find((line) => line.startsWith(`${SESSION_COOKIE}=`))!;
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    expect(header).toMatch(/Expires=/);
    // PUBLIC_URL defaults to http://, so COOKIE_SECURE=auto leaves Secure off.
    expect(header).not.toMatch(/Secure/i);

    const me = await post(t, ME, {}, { cookie: sessionCookie(signIn.setCookie) });
    expect(me.body.data).toEqual({ me: { id: account.id, email: account.email, role: 'analyst' } });
  });

  it('stores only a hash of the session token', async () => {
    const account = await createAccount(t);
    const signIn = await post(t, SIGN_IN, { email: account.email, password: account.password });
    const token = sessionCookie(signIn.setCookie).split('=')[1];
    const stored = await t.neo4j.read((tx) =>
      tx.run(
        `MATCH (s:Session)-[:OF]->(:User {id: $id})
         RETURN s.tokenHash AS hash, s.kind AS kind, [k IN keys(s) WHERE s[k] = $token] AS plain`,
        { id: account.id, token },
      ),
    );
    expect(stored.records).toHaveLength(1);
    expect(stored.records[0].get('kind')).toBe('cookie');
    expect(stored.records[0].get('hash')).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.records[0].get('plain')).toEqual([]);
  });

  it('compares e-mail addresses case-insensitively', async () => {
    const account = await createAccount(t);
    const signIn = await post(t, SIGN_IN, {
      email: `  ${account.email.toUpperCase()} `,
      password: account.password,
    });
    expect(signIn.body.errors).toBeUndefined();
    expect((signIn.body.data as { signIn: { email: string } }).signIn.email).toBe(account.email);
  });

  it('answers a wrong password and an unknown e-mail address with the same message and sets no cookie', async () => {
    const account = await createAccount(t);
    const wrongPassword = await post(t, SIGN_IN, { email: account.email, password: 'not-the-password-123' });
    const unknownEmail = await post(t, SIGN_IN, {
      email: `nobody-${account.id}@example.org`,
      password: account.password,
    });
    expect(errorCode(wrongPassword.body)).toBe('UNAUTHENTICATED');
    expect(errorReason(wrongPassword.body)).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.body.errors![0].extensions!.messages).toEqual({
      de: 'E-Mail-Adresse oder Passwort ist nicht richtig – oder das Konto ist deaktiviert.',
      en: 'The e-mail address or the password is not correct, or the account is disabled.',
    });
    expect(unknownEmail.body.errors![0].message).toBe(wrongPassword.body.errors![0].message);
    expect(unknownEmail.body.errors![0].extensions).toEqual(wrongPassword.body.errors![0].extensions);
    expect(wrongPassword.setCookie.filter((line) => line.startsWith(SESSION_COOKIE))).toEqual([]);
  });

  it('refuses empty and wrongly typed sign-in arguments as bad input', async () => {
    const empty = await post(t, SIGN_IN, { email: '', password: '' });
    expect(errorCode(empty.body)).toBe('BAD_USER_INPUT');
    const wrongType = await post(t, SIGN_IN, { email: 42, password: ['x'] });
    expect(errorCode(wrongType.body)).toBe('BAD_USER_INPUT');
    const overlong = await post(t, SIGN_IN, {
      email: `${'a'.repeat(300)}@example.org`,
      password: 'x'.repeat(20),
    });
    expect(errorCode(overlong.body)).toBe('BAD_USER_INPUT');
  });

  it('treats a Cypher-looking e-mail as an unknown address, not as a query', async () => {
    const result = await post(t, SIGN_IN, {
      email: "x' OR 1=1 //@example.org",
      password: 'whatever-password',
    });
    expect(errorReason(result.body)).toBe('INVALID_CREDENTIALS');
  });

  it('signs out: the session is revoked, the cookie cleared, and the old cookie no longer works', async () => {
    const account = await createAccount(t);
    const signIn = await post(t, SIGN_IN, { email: account.email, password: account.password });
    const cookie = sessionCookie(signIn.setCookie);
    const signOut = await post(t, 'mutation { signOut }', {}, { cookie });
    expect(signOut.body.data).toEqual({ signOut: true });
    const cleared = signOut.setCookie.find((line) => line.startsWith(`${SESSION_COOKIE}=`))!;
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    const me = await post(t, ME, {}, { cookie });
    expect(me.body.data).toEqual({ me: null });
    const history = await post(t, '{ history(entityId: "x") { totalCount } }', {}, { cookie });
    expect(errorCode(history.body)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired session', async () => {
    const account = await createAccount(t);
    const signIn = await post(t, SIGN_IN, { email: account.email, password: account.password });
    const cookie = sessionCookie(signIn.setCookie);
    await t.neo4j.write((tx) =>
      tx.run(`MATCH (s:Session)-[:OF]->(:User {id: $id}) SET s.expiresAt = datetime() - duration('PT1S')`, {
        id: account.id,
      }),
    );
    expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: null });
  });

  it('refuses a session the moment it expires, though the server has just seen it', async () => {
    const account = await createAccount(t);
    const token = generateSessionToken();
    const expiresAt = Date.now() + 2_000;
    await t.app.get(SessionsRepository).create({
      userId: account.id,
      tokenHash: hashSessionToken(token),
      kind: 'token',
      name: 'short-lived',
      expiresAt: new Date(expiresAt).toISOString(),
      deviceHash: null,
    });
    expect((await post(t, ME, {}, { token })).body.data).toEqual({
      me: expect.objectContaining({ id: account.id }),
    });
    await new Promise((resolve) => setTimeout(resolve, expiresAt - Date.now() + 50));
    expect((await post(t, ME, {}, { token })).body.data).toEqual({ me: null });
  });

  it('issues cookie sessions that expire after SESSION_TTL_HOURS', async () => {
    const account = await createAccount(t);
    const before = Date.now();
    await post(t, SIGN_IN, { email: account.email, password: account.password });
    const result = await t.neo4j.read((tx) =>
      tx.run(`MATCH (s:Session)-[:OF]->(:User {id: $id}) RETURN toString(s.expiresAt) AS expiresAt`, {
        id: account.id,
      }),
    );
    const expiresAt = Date.parse(result.records[0].get('expiresAt') as string);
    const hours = Number(process.env.SESSION_TTL_HOURS ?? 12);
    expect(expiresAt - before).toBeGreaterThan(hours * 3_600_000 - 60_000);
    expect(expiresAt - before).toBeLessThan(hours * 3_600_000 + 60_000);
  });

  it('answers a disabled account like a wrong password, whatever the password, and drops its sessions', async () => {
    const account = await createAccount(t);
    const signIn = await post(t, SIGN_IN, { email: account.email, password: account.password });
    const cookie = sessionCookie(signIn.setCookie);
    const admin = await t.tokenFor('admin');
    const disable = await t.gql(
      `mutation ($id: ID!) { disableUser(id: $id) { disabled } }`,
      { id: account.id },
      admin,
    );
    expect(disable.data).toEqual({ disableUser: { disabled: true } });

    expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: null });
    const right = await post(t, SIGN_IN, { email: account.email, password: account.password });
    const wrong = await post(t, SIGN_IN, { email: account.email, password: 'not-the-password' });
    const nobody = await post(t, SIGN_IN, { email: `x-${account.email}`, password: account.password });
    // Same status, same body (code, reason, both messages), no cookie: nothing tells them apart.
    expect(right.status).toBe(wrong.status);
    expect(right.body).toEqual(wrong.body);
    expect(right.body).toEqual(nobody.body);
    expect(errorReason(right.body)).toBe('INVALID_CREDENTIALS');
    expect(right.setCookie).toEqual([]);
  });

  it('ignores a forged or malformed token and treats the request as anonymous', async () => {
    const forged = await post(t, ME, {}, { token: 'A'.repeat(43) });
    expect(forged.body.data).toEqual({ me: null });
    const garbage = await post(t, ME, {}, { cookie: `${SESSION_COOKIE}=%%%; other=1` });
    expect(garbage.body.data).toEqual({ me: null });
  });

  it('prefers the bearer token over the cookie', async () => {
    const cookieAccount = await createAccount(t);
    const signIn = await post(t, SIGN_IN, { email: cookieAccount.email, password: cookieAccount.password });
    const token = await t.tokenFor('steering');
    const me = await post<{ me: { role: string } }>(
      t,
      ME,
      {},
      { cookie: sessionCookie(signIn.setCookie), token },
    );
    expect(me.body.data?.me.role).toBe('steering');
  });
});
