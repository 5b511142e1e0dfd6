import { Role } from '@netzwerkstatt/domain';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app.js';
import { SIGN_IN, createAccount, errorCode, errorReason, post } from '../support/accounts.js';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email displayName role disabled createdAt } }`;
const SET_ROLE = `mutation ($id: ID!, $role: Role!) { setUserRole(id: $id, role: $role) { id role } }`;
const DISABLE = `mutation ($id: ID!) { disableUser(id: $id) { id disabled } }`;
const ENABLE = `mutation ($id: ID!) { enableUser(id: $id) { id disabled } }`;
const USERS = `query ($first: Int, $after: String) {
  users(first: $first, after: $after) { totalCount edges { cursor node { id email displayName role } } pageInfo { hasNextPage endCursor } }
}`;

function newUser(overrides: Record<string, unknown> = {}) {
  return {
    email: `new-${randomUUID()}@test.netzwerkstatt.example`,
    displayName: 'Neue Person',
    password: 'a-long-enough-password',
    role: 'member',
    ...overrides,
  };
}

describe('account administration', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('admin');
  });
  afterAll(() => t.close());

  describe('who may call it', () => {
    const operations: [string, string, () => Promise<Record<string, unknown>>][] = [
      ['users', USERS, async () => ({ first: 5 })],
      ['createUser', CREATE, async () => ({ input: newUser() })],
      ['setUserRole', SET_ROLE, async () => ({ id: (await createAccount(t)).id, role: 'admin' })],
      ['disableUser', DISABLE, async () => ({ id: (await createAccount(t)).id })],
      ['enableUser', ENABLE, async () => ({ id: (await createAccount(t)).id })],
    ];
    const refusedRoles: Role[] = ['member', 'analyst', 'steering'];

    it.each(operations)(
      '%s refuses anonymous requests with UNAUTHENTICATED',
      async (_name, query, variables) => {
        const result = await t.gql(query, await variables());
        expect(errorCode(result)).toBe('UNAUTHENTICATED');
        expect(result.data ?? null).toBeNull();
      },
    );

    for (const role of refusedRoles) {
      it.each(operations)(`%s refuses ${role} with FORBIDDEN`, async (_name, query, variables) => {
        const result = await t.gql(query, await variables(), await t.tokenFor(role));
        expect(errorCode(result)).toBe('FORBIDDEN');
      });
    }

    it('leaves the target untouched when a non-admin tries to promote someone', async () => {
      const target = await createAccount(t);
      await t.gql(SET_ROLE, { id: target.id, role: 'admin' }, await t.tokenFor('steering'));
      const users = await t.gql<{ users: { edges: { node: { id: string; role: string } }[] } }>(
        USERS,
        { first: 100 },
        admin,
      );
      expect(users.errors).toBeUndefined();
      const signIn = await post<{ signIn: { role: string } }>(t, SIGN_IN, {
        email: target.email,
        password: target.password,
      });
      expect(signIn.body.data?.signIn.role).toBe('member');
    });
  });

  describe('createUser', () => {
    it('creates an account that can sign in, with the e-mail address lower-cased', async () => {
      const input = newUser({
        email: `Mixed.Case-${randomUUID()}@Test.Netzwerkstatt.Example`,
        role: 'analyst',
      });
      const result = await t.gql<{ createUser: Record<string, unknown> }>(CREATE, { input }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data?.createUser).toMatchObject({
        email: input.email.toLowerCase(),
        displayName: 'Neue Person',
        role: 'analyst',
        disabled: false,
      });
      const signIn = await post(t, SIGN_IN, { email: input.email, password: input.password });
      expect(signIn.body.errors).toBeUndefined();
    });

    it('refuses an e-mail address that is taken, whatever its case, with CONFLICT', async () => {
      const input = newUser();
      expect((await t.gql(CREATE, { input }, admin)).errors).toBeUndefined();
      const again = await t.gql(CREATE, { input: newUser({ email: input.email.toUpperCase() }) }, admin);
      expect(errorCode(again)).toBe('CONFLICT');
      expect(errorReason(again)).toBe('EMAIL_TAKEN');
      expect(again.errors![0].extensions!.messages).toEqual({
        de: 'Für diese E-Mail-Adresse gibt es bereits ein Konto.',
        en: 'An account with this e-mail address already exists.',
      });
    });

    it.each([
      ['an empty e-mail address', { email: '' }, 'email', 'REQUIRED'],
      ['an invalid e-mail address', { email: 'not-an-address' }, 'email', 'INVALID_EMAIL'],
      [
        'an e-mail address that is too long',
        { email: `${'a'.repeat(250)}@example.org` },
        'email',
        'TOO_LONG',
      ],
      ['an empty display name', { displayName: '   ' }, 'displayName', 'REQUIRED'],
      ['a display name that is too long', { displayName: 'x'.repeat(201) }, 'displayName', 'TOO_LONG'],
      ['a password that is too short', { password: 'short-pw' }, 'password', 'PASSWORD_LENGTH'],
      ['a password that is too long', { password: 'p'.repeat(257) }, 'password', 'PASSWORD_LENGTH'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, overrides, field, reason) => {
      const input = newUser(overrides);
      const result = await t.gql(CREATE, { input }, admin);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.issues).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, reason })]),
      );
      const signIn = await post(t, SIGN_IN, { email: input.email, password: input.password });
      expect(signIn.body.errors).toBeDefined();
    });

    it.each([
      ['an unknown role', { role: 'superuser' }],
      ['a number as e-mail address', { email: 42 }],
      ['a missing password', { password: undefined }],
    ])('refuses %s through the schema with BAD_USER_INPUT', async (_what, overrides) => {
      const result = await t.gql(CREATE, { input: newUser(overrides) }, admin);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });

    it('stores Cypher-looking and HTML display names verbatim', async () => {
      for (const displayName of [
        `x"}) MATCH (n) DETACH DELETE n //`,
        `<script>alert('x')</script><img src=x onerror=alert(1)>`,
      ]) {
        const input = newUser({ displayName });
        const result = await t.gql<{ createUser: { displayName: string } }>(CREATE, { input }, admin);
        expect(result.data?.createUser.displayName).toBe(displayName);
        const signIn = await post<{ signIn: { displayName: string } }>(t, SIGN_IN, {
          email: input.email,
          password: input.password,
        });
        expect(signIn.body.data?.signIn.displayName).toBe(displayName);
      }
    });

    it('offers no way to read a password hash', async () => {
      const result = await t.gql(`{ users(first: 1) { edges { node { passwordHash } } } }`, {}, admin);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('setUserRole', () => {
    it('changes the role, effective on the person’s next request', async () => {
      const person = await createAccount(t);
      const signIn = await post(t, SIGN_IN, { email: person.email, password: person.password });
      const cookie = signIn.setCookie[0].split(';')[0];
      expect(errorCode((await post(t, USERS, { first: 1 }, { cookie })).body)).toBe('FORBIDDEN');

      const result = await t.gql(SET_ROLE, { id: person.id, role: 'admin' }, admin);
      expect(result.data).toEqual({ setUserRole: { id: person.id, role: 'admin' } });
      expect((await post(t, USERS, { first: 1 }, { cookie })).body.errors).toBeUndefined();
    });

    it('refuses unknown ids with NOT_FOUND and unknown roles with BAD_USER_INPUT', async () => {
      const unknown = await t.gql(SET_ROLE, { id: randomUUID(), role: 'member' }, admin);
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const injection = await t.gql(SET_ROLE, { id: `' OR 1=1 //`, role: 'member' }, admin);
      expect(errorCode(injection)).toBe('NOT_FOUND');
      const person = await createAccount(t);
      const badRole = await t.gql(SET_ROLE, { id: person.id, role: 'owner' }, admin);
      expect(errorCode(badRole)).toBe('BAD_USER_INPUT');
      const empty = await t.gql(SET_ROLE, { id: person.id, role: '' }, admin);
      expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    });
  });

  describe('disableUser and enableUser', () => {
    it('disabling revokes every session and token; enabling allows signing in again but keeps them revoked', async () => {
      const person = await createAccount(t);
      const signIn = await post(t, SIGN_IN, { email: person.email, password: person.password });
      const cookie = signIn.setCookie[0].split(';')[0];
      const token = (
        await post<{ createApiToken: { token: string } }>(
          t,
          `mutation { createApiToken(name: "script") { token } }`,
          {},
          { cookie },
        )
      ).body.data!.createApiToken.token;
      const history = '{ history(entityId: "none") { totalCount } }';
      expect((await t.gql(history, {}, token)).errors).toBeUndefined();

      expect((await t.gql(DISABLE, { id: person.id }, admin)).data).toEqual({
        disableUser: { id: person.id, disabled: true },
      });
      expect(errorCode(await t.gql(history, {}, token))).toBe('UNAUTHENTICATED');
      expect(errorCode((await post(t, history, {}, { cookie })).body)).toBe('UNAUTHENTICATED');

      expect((await t.gql(ENABLE, { id: person.id }, admin)).data).toEqual({
        enableUser: { id: person.id, disabled: false },
      });
      expect(errorCode(await t.gql(history, {}, token))).toBe('UNAUTHENTICATED');
      const again = await post(t, SIGN_IN, { email: person.email, password: person.password });
      expect(again.body.errors).toBeUndefined();
    });

    it('refuses unknown ids with NOT_FOUND', async () => {
      expect(errorCode(await t.gql(DISABLE, { id: randomUUID() }, admin))).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(ENABLE, { id: '<script>x</script>' }, admin))).toBe('NOT_FOUND');
    });

    it('does not let an admin disable their own account', async () => {
      const me = await t.gql<{ me: { id: string } }>(`{ me { id } }`, {}, admin);
      const result = await t.gql(DISABLE, { id: me.data!.me.id }, admin);
      expect(errorCode(result)).toBe('CONFLICT');
      expect(errorReason(result)).toBe('OWN_ACCOUNT');
      expect((await t.gql(`{ me { id } }`, {}, admin)).data).toEqual(me.data);
    });
  });

  describe('users', () => {
    it('pages through all accounts in display-name order without gaps or repeats', async () => {
      const tag = randomUUID().slice(0, 8);
      for (const name of ['Zoë', 'Ärztin', 'Bernd']) {
        await t.gql(CREATE, { input: newUser({ displayName: `${name} ${tag}` }) }, admin);
      }
      type Page = {
        users: {
          totalCount: number;
          edges: { node: { displayName: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const names: string[] = [];
      let after: string | undefined;
      let total = 0;
      for (let page = 0; page < 1000; page++) {
        const result = await t.gql<Page>(USERS, { first: 100, after }, admin);
        expect(result.errors).toBeUndefined();
        total = result.data!.users.totalCount;
        names.push(...result.data!.users.edges.map((edge) => edge.node.displayName));
        if (!result.data!.users.pageInfo.hasNextPage) break;
        after = result.data!.users.pageInfo.endCursor;
      }
      expect(names).toHaveLength(total);
      const mine = names.filter((name) => name.endsWith(tag));
      expect(mine).toEqual([`Ärztin ${tag}`, `Bernd ${tag}`, `Zoë ${tag}`]);

      const two = await t.gql<Page>(USERS, { first: 2 }, admin);
      expect(two.data!.users.edges).toHaveLength(2);
      expect(two.data!.users.pageInfo.hasNextPage).toBe(true);
    });

    it('refuses bad page sizes and cursors with BAD_USER_INPUT', async () => {
      expect(errorCode(await t.gql(USERS, { first: 0 }, admin))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(USERS, { first: 101 }, admin))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(USERS, { first: 5, after: 'garbage' }, admin))).toBe('BAD_USER_INPUT');
      expect(errorCode(await t.gql(USERS, { first: 'five' }, admin))).toBe('BAD_USER_INPUT');
    });
  });
});
