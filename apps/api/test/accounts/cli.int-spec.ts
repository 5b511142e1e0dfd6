import { randomUUID } from 'node:crypto';
import { USAGE, runCli } from '../../src/cli/commands.js';
import { AccountsService } from '../../src/accounts/accounts.service.js';
import { startTestApp, TestApp } from '../support/test-app.js';
import { ME, SIGN_IN, createAccount, errorReason, post, sessionCookie } from '../support/accounts.js';

/** Runs a CLI command the way `node dist/apps/api/cli.js …` does (own Nest context, same config and database). */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('account CLI', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  const email = () => `cli-${randomUUID()}@test.netzwerkstatt.example`;

  it('user:create without --password generates one, prints it once, and it signs in', async () => {
    const address = email();
    const result = await cli(
      'user:create',
      '--email',
      address,
      '--name',
      'Per Kommandozeile',
      '--role',
      'steering',
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain(`account created: ${address} (steering`);
    const password = /Passwort \/ password: (\S+)/.exec(result.out)![1];
    expect(password.length).toBeGreaterThanOrEqual(12);
    const signIn = await post<{ signIn: { role: string; displayName: string } }>(t, SIGN_IN, {
      email: address,
      password,
    });
    expect(signIn.body.data?.signIn).toMatchObject({ role: 'steering', displayName: 'Per Kommandozeile' });
  });

  it('user:create with --password uses it and does not print it', async () => {
    const address = email();
    const result = await cli(
      'user:create',
      '--email',
      address,
      '--name',
      'Mit Passwort',
      '--role',
      'member',
      '--password',
      'mein-eigenes-passwort',
    );
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('mein-eigenes-passwort');
    expect(
      (await post(t, SIGN_IN, { email: address, password: 'mein-eigenes-passwort' })).body.errors,
    ).toBeUndefined();
  });

  it('user:create refuses a taken address and invalid values with exit code 1 and a bilingual message', async () => {
    const existing = await createAccount(t);
    const taken = await cli(
      'user:create',
      '--email',
      existing.email.toUpperCase(),
      '--name',
      'Doppelt',
      '--role',
      'member',
    );
    expect(taken.code).toBe(1);
    expect(taken.err).toBe(
      'Für diese E-Mail-Adresse gibt es bereits ein Konto. / An account with this e-mail address already exists.',
    );
    const invalid = await cli(
      'user:create',
      '--email',
      'keine-adresse',
      '--name',
      'x'.repeat(201),
      '--role',
      'member',
      '--password',
      'kurz',
    );
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain('keine gültige E-Mail-Adresse');
    expect(invalid.err).toContain('at most 200 characters');
    expect(invalid.err).toContain('between 12 and 256 characters');
  });

  it('user:set-role changes the role (found by e-mail, any case)', async () => {
    const person = await createAccount(t);
    const result = await cli('user:set-role', '--email', person.email.toUpperCase(), '--role', 'analyst');
    expect(result).toMatchObject({
      code: 0,
      out: `Rolle geändert / role changed: ${person.email} → analyst`,
    });
    expect((await t.app.get(AccountsService).findByEmail(person.email)).role).toBe('analyst');
  });

  it('user:disable disables the account and signs it out everywhere; user:enable reverses the first', async () => {
    const person = await createAccount(t);
    const cookie = sessionCookie(
      (await post(t, SIGN_IN, { email: person.email, password: person.password })).setCookie,
    );
    expect((await cli('user:disable', '--email', person.email)).code).toBe(0);
    expect((await post(t, ME, {}, { cookie })).body.data).toEqual({ me: null });
    expect(
      errorReason((await post(t, SIGN_IN, { email: person.email, password: person.password })).body),
    ).toBe('INVALID_CREDENTIALS');
    expect((await cli('user:enable', '--email', person.email)).code).toBe(0);
    expect(
      (await post(t, SIGN_IN, { email: person.email, password: person.password })).body.errors,
    ).toBeUndefined();
  });

  it('reports an unknown e-mail address with exit code 1', async () => {
    const result = await cli('user:disable', '--email', `nobody-${randomUUID()}@example.org`);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^Es gibt kein Konto mit der E-Mail-Adresse/);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['user:delete', '--email', 'a@b.de']],
    ['a missing --email', ['user:disable']],
    ['missing --name and --role', ['user:create', '--email', 'a@b.de']],
    ['an unknown role', ['user:set-role', '--email', 'a@b.de', '--role', 'owner']],
    ['an unknown option', ['user:disable', '--email', 'a@b.de', '--force']],
    ['an option without value', ['user:disable', '--email']],
    ['a stray argument', ['user:disable', 'extra', '--email', 'a@b.de']],
  ])('exits with 2 and the usage for %s', async (_what, argv) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toContain(USAGE);
    expect(result.out).toBe('');
  });
});
