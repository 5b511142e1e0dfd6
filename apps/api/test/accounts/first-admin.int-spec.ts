import { INestApplication, Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
// This spec needs a second, empty database, and the embedded Neo4j launcher is the only way to get one here.
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '#tools/neo4j';
import { FirstAdminService } from '../../src/accounts/first-admin.service.js';
import { createApp } from '../../src/bootstrap.js';
import { APP_CONFIG } from '../../src/config/config.module.js';
import type { AppConfig } from '../../src/config/config.schema.js';
import { hashSessionToken } from '../../src/sessions/session-token.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { ME, errorCode, errorReason, post, sessionCookie } from '../support/accounts.js';

const SETUP = `mutation ($token: String!, $email: String!, $displayName: String!, $password: String!) {
  setupFirstAdmin(token: $token, email: $email, displayName: $displayName, password: $password) { id email role }
}`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token')!;
}

/**
 * The first start of a fresh installation needs a database without any account, which the shared test
 * database never is; so this spec starts its own, empty Neo4j.
 */
describe('first admin of an empty database', () => {
  let neo4j: EmbeddedNeo4j;
  let dataDir: string;
  let t: TestApp;
  let announced: string[];
  const savedUri = process.env.NEO4J_URI;

  beforeAll(async () => {
    dataDir = path.join(os.tmpdir(), `netzwerkstatt-first-admin-${randomUUID()}`);
    neo4j = await startEmbeddedNeo4j({
      port: await freePort(),
      dataDir,
      heap: '512m',
      pageCache: '64m',
      log: () => undefined,
    });
    process.env.NEO4J_URI = neo4j.uri;
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      t = await startTestApp();
      announced = warn.mock.calls
        .map((call) => String(call[0]))
        .filter((line) => line.includes('/setup?token='));
    } finally {
      warn.mockRestore();
      process.env.NEO4J_URI = savedUri;
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  const setup = () => t.app.get(FirstAdminService);
  const admin = {
    email: 'Leitung@Netzwerk.example',
    displayName: 'Erste Administratorin',
    password: 'ein-langes-passwort',
  };

  it('prints exactly one line with the set-up link, in German and English', () => {
    expect(announced).toHaveLength(1);
    const publicUrl = t.app.get<AppConfig>(APP_CONFIG).PUBLIC_URL.replace(/\/$/, '');
    expect(announced[0]).toMatch(/^Noch kein Konto .* no account yet .*: \S+\/setup\?token=[\w-]{43}$/);
    expect(announced[0]).toContain(`${publicUrl}/setup?token=`);
  });

  it('refuses a wrong or missing token with FORBIDDEN', async () => {
    await setup().openSetup();
    for (const token of ['', 'wrong', 'A'.repeat(43), `' OR 1=1 //`]) {
      const result = await t.gql(SETUP, { token, ...admin });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(errorReason(result)).toBe('SETUP_TOKEN_INVALID');
    }
  });

  it('accepts only the newest link: opening the set-up again replaces the token', async () => {
    const first = tokenOf((await setup().openSetup())!);
    const second = tokenOf((await setup().openSetup())!);
    expect(second).not.toBe(first);
    expect(errorReason(await t.gql(SETUP, { token: first, ...admin }))).toBe('SETUP_TOKEN_INVALID');
  });

  it('refuses bad input without using up the token', async () => {
    const token = tokenOf((await setup().openSetup())!);
    const short = await t.gql(SETUP, { token, ...admin, password: 'kurz' });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    const email = await t.gql(SETUP, { token, ...admin, email: 'keine-adresse' });
    expect(errorCode(email)).toBe('BAD_USER_INPUT');
    const name = await t.gql(SETUP, { token, ...admin, displayName: '' });
    expect(errorCode(name)).toBe('BAD_USER_INPUT');
    expect(
      await t.neo4j
        .read((tx) => tx.run('MATCH (u:User) RETURN count(u) AS n'))
        .then((r) => r.records[0].get('n')),
    ).toBe(0);

    const done = await post<{ setupFirstAdmin: { email: string; role: string } }>(t, SETUP, {
      token,
      ...admin,
    });
    expect(done.body.errors).toBeUndefined();
    expect(done.body.data!.setupFirstAdmin).toMatchObject({
      email: 'leitung@netzwerk.example',
      role: 'admin',
    });

    // The new admin is signed in by the cookie set with the answer.
    const me = await post(t, ME, {}, { cookie: sessionCookie(done.setCookie) });
    expect(me.body.data).toEqual({
      me: expect.objectContaining({ email: 'leitung@netzwerk.example', role: 'admin' }),
    });

    // Used once, then gone; and with an account in place the set-up stays closed.
    expect(errorReason(await t.gql(SETUP, { token, ...admin, email: 'zweite@netzwerk.example' }))).toBe(
      'SETUP_TOKEN_INVALID',
    );
    expect(await setup().openSetup()).toBeNull();
  });

  it('refuses to set up while an account exists even with a freshly issued token', async () => {
    // A token can only be issued for an empty database; this proves the database-side check too.
    const service = setup() as unknown as { tokenHash: Buffer | null };
    const existing = await t.neo4j.read((tx) => tx.run('MATCH (u:User) RETURN count(u) AS n'));
    expect(existing.records[0].get('n')).toBe(1);
    service.tokenHash = Buffer.from(hashSessionToken('forced-token-for-the-test-0123456789'), 'hex');
    const result = await t.gql(SETUP, {
      token: 'forced-token-for-the-test-0123456789',
      ...admin,
      email: 'x@netzwerk.example',
    });
    expect(errorCode(result)).toBe('CONFLICT');
    expect(errorReason(result)).toBe('SETUP_DONE');
  });

  it('keeps at least one active admin', async () => {
    const signIn = await post<{ signIn: { id: string } }>(
      t,
      `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: admin.email, p: admin.password },
    );
    const cookie = sessionCookie(signIn.setCookie);
    const id = signIn.body.data!.signIn.id;

    const demote = await post(
      t,
      `mutation ($id: ID!) { setUserRole(id: $id, role: member) { role } }`,
      { id },
      { cookie },
    );
    expect(errorReason(demote.body)).toBe('LAST_ADMIN');
    const remove = await post(
      t,
      `mutation ($p: String!) { deleteMyAccount(password: $p) }`,
      { p: admin.password },
      { cookie },
    );
    expect(errorReason(remove.body)).toBe('LAST_ADMIN');

    const second = await post<{ createUser: { id: string } }>(
      t,
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email: 'zweite@netzwerk.example',
          displayName: 'Zweite',
          password: 'noch-ein-passwort',
          role: 'admin',
        },
      },
      { cookie },
    );
    const secondId = second.body.data!.createUser.id;
    const disableSecond = await post(
      t,
      `mutation ($id: ID!) { disableUser(id: $id) { disabled } }`,
      { id: secondId },
      { cookie },
    );
    expect(disableSecond.body.data).toEqual({ disableUser: { disabled: true } });
    // The only other admin is disabled, so demoting myself is still refused.
    expect(
      errorReason(
        (
          await post(
            t,
            `mutation ($id: ID!) { setUserRole(id: $id, role: member) { role } }`,
            { id },
            { cookie },
          )
        ).body,
      ),
    ).toBe('LAST_ADMIN');

    await post(t, `mutation ($id: ID!) { enableUser(id: $id) { disabled } }`, { id: secondId }, { cookie });
    const nowAllowed = await post(
      t,
      `mutation ($id: ID!) { setUserRole(id: $id, role: steering) { role } }`,
      { id },
      { cookie },
    );
    expect(nowAllowed.body.data).toEqual({ setUserRole: { role: 'steering' } });
  });

  it('does not open the set-up when a server starts on a database with accounts', async () => {
    process.env.NEO4J_URI = neo4j.uri;
    let app: INestApplication | undefined;
    try {
      app = await createApp({ logger: false });
    } finally {
      process.env.NEO4J_URI = savedUri;
    }
    try {
      expect(await app.get(FirstAdminService).openSetup()).toBeNull();
    } finally {
      await app.close();
    }
  });
});
