import { randomUUID } from 'node:crypto';
import { ChangeLogRepository } from '../../src/store/history/change-log.repository.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import {
  ME,
  SIGN_IN,
  TestAccount,
  createAccount,
  errorCode,
  errorReason,
  post,
  sessionCookie,
} from '../support/accounts.js';

const CREATE_TOKEN = `mutation ($name: String!) { createApiToken(name: $name) { token session { id kind name expiresAt current } } }`;
const MY_SESSIONS = `{ mySessions { id kind name current } }`;
const REVOKE = `mutation ($id: ID!) { revokeSession(id: $id) }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(current: $current, next: $next) }`;
const DELETE_ME = `mutation ($password: String!) { deleteMyAccount(password: $password) }`;

describe('my account, sessions and data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  async function signedIn(account: TestAccount): Promise<string> {
    const result = await post(t, SIGN_IN, { email: account.email, password: account.password });
    return sessionCookie(result.setCookie);
  }

  it('answers me with null when nobody is signed in', async () => {
    expect(await t.gql(ME)).toEqual({ data: { me: null } });
  });

  it.each([
    ['mySessions', MY_SESSIONS, {}],
    ['myData', '{ myData }', {}],
    ['createApiToken', CREATE_TOKEN, { name: 'x' }],
    ['revokeSession', REVOKE, { id: randomUUID() }],
    ['changePassword', CHANGE_PASSWORD, { current: 'a'.repeat(12), next: 'b'.repeat(12) }],
    ['deleteMyAccount', DELETE_ME, { password: 'a'.repeat(12) }],
  ])('%s refuses anonymous requests with UNAUTHENTICATED', async (_name, query, variables) => {
    expect(errorCode(await t.gql(query, variables))).toBe('UNAUTHENTICATED');
  });

  describe('API tokens', () => {
    it('creates a named token that works as bearer, is listed, and stops working once revoked', async () => {
      const account = await createAccount(t);
      const cookie = await signedIn(account);
      type Created = {
        createApiToken: {
          token: string;
          session: { id: string; kind: string; name: string; current: boolean };
        };
      };
      const created = await post<Created>(t, CREATE_TOKEN, { name: 'Auswertung <b>2026</b>' }, { cookie });
      expect(created.body.errors).toBeUndefined();
      const { token, session } = created.body.data!.createApiToken;
      expect(session).toMatchObject({ kind: 'token', name: 'Auswertung <b>2026</b>', current: false });

      expect((await t.gql(ME, {}, token)).data).toEqual({ me: expect.objectContaining({ id: account.id }) });
      const listed = await t.gql<{ mySessions: { id: string; kind: string; current: boolean }[] }>(
        MY_SESSIONS,
        {},
        token,
      );
      expect(listed.data!.mySessions).toHaveLength(2);
      expect(listed.data!.mySessions.find((s) => s.id === session.id)).toMatchObject({
        kind: 'token',
        current: true,
      });
      expect(listed.data!.mySessions.find((s) => s.id !== session.id)).toMatchObject({
        kind: 'cookie',
        current: false,
      });

      expect((await post(t, REVOKE, { id: session.id }, { cookie })).body.data).toEqual({
        revokeSession: true,
      });
      expect((await t.gql(ME, {}, token)).data).toEqual({ me: null });
      const after = await post<{ mySessions: { id: string }[] }>(t, MY_SESSIONS, {}, { cookie });
      expect(after.body.data!.mySessions.map((s) => s.id)).not.toContain(session.id);
    });

    it('refuses empty and overlong token names', async () => {
      const token = await t.tokenFor('member');
      expect(errorCode(await t.gql(CREATE_TOKEN, { name: '  ' }, token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(CREATE_TOKEN, { name: 'n'.repeat(201) }, token))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(CREATE_TOKEN, { name: 7 }, token))).toBe('BAD_USER_INPUT');
    });

    it('cannot revoke someone else’s session: NOT_FOUND, and theirs keeps working', async () => {
      const mine = await t.tokenFor('admin');
      const victim = await createAccount(t);
      const victimCookie = await signedIn(victim);
      const victimSessions = await post<{ mySessions: { id: string }[] }>(
        t,
        MY_SESSIONS,
        {},
        { cookie: victimCookie },
      );
      const result = await t.gql(REVOKE, { id: victimSessions.body.data!.mySessions[0].id }, mine);
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect((await post(t, ME, {}, { cookie: victimCookie })).body.data).toEqual({
        me: expect.objectContaining({ id: victim.id }),
      });
      expect(errorCode(await t.gql(REVOKE, { id: `' OR true //` }, mine))).toBe('NOT_FOUND');
    });
  });

  describe('changePassword', () => {
    it('changes the password and signs out every other session, keeping this one', async () => {
      const account = await createAccount(t);
      const here = await signedIn(account);
      const elsewhere = await signedIn(account);
      // Used once before the change, so the server has it cached: the change must still end it at once.
      expect((await post(t, ME, {}, { cookie: elsewhere })).body.data).toEqual({
        me: expect.objectContaining({ id: account.id }),
      });
      const next = `new-password-${randomUUID()}`;
      const result = await post(t, CHANGE_PASSWORD, { current: account.password, next }, { cookie: here });
      expect(result.body).toEqual({ data: { changePassword: true } });

      expect((await post(t, ME, {}, { cookie: here })).body.data).toEqual({
        me: expect.objectContaining({ id: account.id }),
      });
      expect((await post(t, ME, {}, { cookie: elsewhere })).body.data).toEqual({ me: null });
      expect(
        errorReason((await post(t, SIGN_IN, { email: account.email, password: account.password })).body),
      ).toBe('INVALID_CREDENTIALS');
      expect((await post(t, SIGN_IN, { email: account.email, password: next })).body.errors).toBeUndefined();
    });

    it('refuses a wrong current password and a too short or too long new one, keeping the old password', async () => {
      const account = await createAccount(t);
      const cookie = await signedIn(account);
      const wrong = await post(
        t,
        CHANGE_PASSWORD,
        { current: 'wrong-password-1', next: 'another-password-1' },
        { cookie },
      );
      expect(errorCode(wrong.body)).toBe('BAD_USER_INPUT');
      expect(errorReason(wrong.body)).toBe('WRONG_PASSWORD');
      for (const next of ['short', '', 'x'.repeat(257)]) {
        const result = await post(t, CHANGE_PASSWORD, { current: account.password, next }, { cookie });
        expect(errorReason(result.body)).toBe('PASSWORD_LENGTH');
      }
      expect(
        (await post(t, SIGN_IN, { email: account.email, password: account.password })).body.errors,
      ).toBeUndefined();
    });
  });

  describe('myData and deleteMyAccount', () => {
    async function recordChange(userId: string, entityId: string): Promise<void> {
      const history = t.app.get(ChangeLogRepository);
      await t.neo4j.write((tx) =>
        history.record(tx, {
          entityId,
          entityType: 'Actor',
          action: 'update',
          userId,
          changes: { name: { from: 'Alt', to: 'Neu' } },
        }),
      );
    }

    it('returns everything stored about me, without the password hash', async () => {
      const account = await createAccount(t, 'analyst');
      const cookie = await signedIn(account);
      const entityId = randomUUID();
      await recordChange(account.id, entityId);
      type Data = {
        myData: {
          account: Record<string, unknown>;
          sessions: { kind: string; revokedAt: string | null }[];
          changes: { entityId: string; action: string; changes: unknown }[];
        };
      };
      const result = await post<Data>(t, '{ myData }', {}, { cookie });
      expect(result.body.errors).toBeUndefined();
      const data = result.body.data!.myData;
      expect(data.account).toMatchObject({
        id: account.id,
        email: account.email,
        role: 'analyst',
        disabled: false,
        mustChangePassword: false,
      });
      // The browser's device-cookie hash is stored with the session, so it is shown too.
      expect(data.sessions).toEqual([
        expect.objectContaining({
          kind: 'cookie',
          revokedAt: null,
          deviceHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      ]);
      expect(data.changes).toEqual([
        expect.objectContaining({
          entityId,
          action: 'update',
          changes: { name: { from: 'Alt', to: 'Neu' } },
        }),
      ]);
      const text = JSON.stringify(data);
      expect(text).not.toMatch(/passwordHash|\$argon2|tokenHash/);
    });

    it('keeps the account when the password is wrong', async () => {
      const account = await createAccount(t);
      const cookie = await signedIn(account);
      const result = await post(t, DELETE_ME, { password: 'not-my-password' }, { cookie });
      expect(errorReason(result.body)).toBe('WRONG_PASSWORD');
      expect((await post(t, ME, {}, { cookie })).body.data).toEqual({
        me: expect.objectContaining({ id: account.id }),
      });
    });

    it('deletes account and sessions but keeps my changes, shown as by a former member', async () => {
      const account = await createAccount(t);
      const cookie = await signedIn(account);
      const token = (
        await post<{ createApiToken: { token: string } }>(t, CREATE_TOKEN, { name: 'cli' }, { cookie })
      ).body.data!.createApiToken.token;
      const entityId = randomUUID();
      await recordChange(account.id, entityId);
      expect((await t.gql(ME, {}, token)).data).toEqual({ me: expect.objectContaining({ id: account.id }) });

      const result = await post(t, DELETE_ME, { password: account.password }, { cookie });
      expect(result.body).toEqual({ data: { deleteMyAccount: true } });
      expect(
        result.setCookie.some((line) => /^netzwerkstatt_session=;.*Expires=Thu, 01 Jan 1970/.test(line)),
      ).toBe(true);

      expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: null });
      expect((await t.gql(ME, {}, token)).data).toEqual({ me: null });
      expect(
        errorReason((await post(t, SIGN_IN, { email: account.email, password: account.password })).body),
      ).toBe('INVALID_CREDENTIALS');
      const left = await t.neo4j.read((tx) =>
        tx.run(
          `OPTIONAL MATCH (u:User {id: $id}) WITH count(u) AS users
           OPTIONAL MATCH (s:Session)-[:OF]->(:User {id: $id}) WITH users, count(s) AS sessions
           OPTIONAL MATCH (c:Change {userId: $id}) RETURN users, sessions, count(c) AS changes`,
          { id: account.id },
        ),
      );
      expect(left.records[0].toObject()).toEqual({ users: 0, sessions: 0, changes: 1 });

      const history = await t.gql<{
        history: { edges: { node: { userId: string; userName: string | null } }[] };
      }>(
        `query ($id: ID!) { history(entityId: $id) { edges { node { userId userName } } } }`,
        { id: entityId },
        await t.tokenFor('member'),
      );
      expect(history.data!.history.edges).toEqual([{ node: { userId: account.id, userName: null } }]);
    });

    it('lets the e-mail address be used for a new account afterwards', async () => {
      const account = await createAccount(t);
      const cookie = await signedIn(account);
      await post(t, DELETE_ME, { password: account.password }, { cookie });
      const admin = await t.tokenFor('admin');
      const again = await t.gql(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { email } }`,
        {
          input: {
            email: account.email,
            displayName: 'Wieder da',
            password: account.password,
            role: 'member',
          },
        },
        admin,
      );
      expect(again.data).toEqual({ createUser: { email: account.email } });
    });
  });
});
