import { randomUUID } from 'node:crypto';
import { runCli } from '../../src/cli/commands.js';
import { startTestApp, startTestAppWith, TestApp } from '../support/test-app.js';
import { LocalSmtp, startLocalSmtp } from '../support/smtp.js';
import {
  ME,
  SIGN_IN,
  createAccount,
  errorCode,
  errorReason,
  post,
  sessionCookie,
} from '../support/accounts.js';

const INVITE = `mutation ($email: String!, $role: Role!) {
  inviteUser(email: $email, role: $role) {
    invitation { id email role expiresAt invitedBy }
    delivery { mailed link expiresAt }
  }
}`;
const INVITATIONS = `{ invitations { id email role invitedBy } }`;
const RESEND = `mutation ($id: ID!) { resendInvitation(id: $id) { delivery { mailed link } } }`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) }`;
const PREVIEW = `query ($token: String!) { invitationPreview(token: $token) { email role expiresAt } }`;
const ACCEPT = `mutation ($token: String!, $displayName: String!, $password: String!) {
  acceptInvitation(token: $token, displayName: $displayName, password: $password) { id email displayName role mustChangePassword }
}`;
const ISSUE_RESET = `mutation ($userId: ID!) { issuePasswordReset(userId: $userId) { mailed link expiresAt } }`;
const RESET_PREVIEW = `query ($token: String!) { passwordResetPreview(token: $token) { email } }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, password: $password) { id mustChangePassword } }`;
const CHANGE_PASSWORD = `mutation ($current: String!, $next: String!) { changePassword(current: $current, next: $next) }`;
const ME_FULL = `{ me { id role mustChangePassword } }`;

type Issued = {
  inviteUser: {
    invitation: { id: string; email: string; role: string; expiresAt: string; invitedBy: string };
    delivery: { mailed: boolean; link: string | null; expiresAt: string };
  };
};

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token')!;
}

/** The link in a received message (the text is German first, English second, both with the link). */
function linkIn(text: string, page: string): string {
  const links = [...text.matchAll(new RegExp(`https?://\\S+${page}\\?token=[A-Za-z0-9_-]+`, 'g'))].map(
    (m) => m[0],
  );
  expect(links.length).toBe(2);
  expect(links[0]).toBe(links[1]);
  return links[0];
}

const email = () => `invited-${randomUUID()}@test.netzwerkstatt.example`;

describe('invitations, reset links and passwords set by someone else', () => {
  let smtp: LocalSmtp;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    t = await startTestAppWith({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Netzwerkstatt <netzwerkstatt@test.example>',
    });
    admin = await t.tokenFor('admin');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('invitations', () => {
    it('e-mails a one-time link; the person chooses name and password and is signed in with the role', async () => {
      const address = email();
      const issued = await t.gql<Issued>(INVITE, { email: address.toUpperCase(), role: 'steering' }, admin);
      expect(issued.errors).toBeUndefined();
      const { invitation, delivery } = issued.data!.inviteUser;
      expect(invitation).toMatchObject({ email: address, role: 'steering', invitedBy: 'Test admin' });
      // Mailed, so the admin does not see the link.
      expect(delivery).toMatchObject({ mailed: true, link: null });
      const days = (Date.parse(delivery.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThan(7.1);

      const mail = await smtp.next(address);
      expect(mail.subject).toBe('Einladung zur Netzwerkstatt / Invitation to Netzwerkstatt');
      expect(mail.raw).toMatch(/^From: Netzwerkstatt <netzwerkstatt@test\.example>/m);
      expect(mail.text).toContain('Rolle: Steuerungsgruppe');
      expect(mail.text).toContain('role: steering group');
      const link = linkIn(mail.text, '/einladung');
      expect(link.startsWith(t.url) || link.startsWith('http://localhost')).toBe(true);
      const token = tokenOf(link);

      // Only the hash is stored.
      const stored = await t.neo4j.readQuery(
        'MATCH (i:Invitation {email: $email}) RETURN properties(i) AS props',
        { email: address },
      );
      expect(JSON.stringify(stored.records[0].get('props'))).not.toContain(token);

      const listed = await t.gql<{ invitations: { email: string }[] }>(INVITATIONS, {}, admin);
      expect(listed.data!.invitations.map((i) => i.email)).toContain(address);

      expect((await t.gql(PREVIEW, { token })).data).toEqual({
        invitationPreview: { email: address, role: 'steering', expiresAt: delivery.expiresAt },
      });

      // Bad input is refused field by field and does not use the link up.
      const bad = await post(t, ACCEPT, { token, displayName: '   ', password: 'short' });
      expect(errorCode(bad.body)).toBe('BAD_USER_INPUT');
      const fields = (bad.body.errors![0].extensions!.issues as { field: string }[]).map((i) => i.field);
      expect(fields.sort()).toEqual(['displayName', 'password']);

      const accepted = await post<{ acceptInvitation: Record<string, unknown> }>(t, ACCEPT, {
        token,
        displayName: 'Eingeladene Person',
        password: 'ein-eigenes-langes-passwort',
      });
      expect(accepted.body.data?.acceptInvitation).toMatchObject({
        email: address,
        displayName: 'Eingeladene Person',
        role: 'steering',
        mustChangePassword: false,
      });
      const cookie = sessionCookie(accepted.setCookie);
      expect((await post(t, ME_FULL, {}, { cookie })).body.data).toMatchObject({
        me: { role: 'steering', mustChangePassword: false },
      });

      // One-time: used, it answers like any invalid link, and the list no longer has it.
      const again = await post(t, ACCEPT, {
        token,
        displayName: 'Noch mal',
        password: 'noch-ein-passwort-12',
      });
      expect(errorReason(again.body)).toBe('LINK_INVALID');
      expect(errorReason((await post(t, PREVIEW, { token })).body)).toBe('LINK_INVALID');
      const after = await t.gql<{ invitations: { email: string }[] }>(INVITATIONS, {}, admin);
      expect(after.data!.invitations.map((i) => i.email)).not.toContain(address);
      expect(
        (await post(t, SIGN_IN, { email: address, password: 'ein-eigenes-langes-passwort' })).body.errors,
      ).toBeUndefined();
    });

    it('sends again with a new link (the old one stops working) and revokes', async () => {
      const address = email();
      const { data } = await t.gql<Issued>(INVITE, { email: address, role: 'member' }, admin);
      const first = tokenOf(linkIn((await smtp.next(address)).text, '/einladung'));
      const resent = await t.gql(RESEND, { id: data!.inviteUser.invitation.id }, admin);
      expect(resent.data).toEqual({ resendInvitation: { delivery: { mailed: true, link: null } } });
      const second = tokenOf(linkIn((await smtp.next(address)).text, '/einladung'));
      expect(second).not.toBe(first);
      expect(errorReason((await post(t, PREVIEW, { token: first })).body)).toBe('LINK_INVALID');
      expect((await post(t, PREVIEW, { token: second })).body.errors).toBeUndefined();

      expect((await t.gql(REVOKE, { id: data!.inviteUser.invitation.id }, admin)).data).toEqual({
        revokeInvitation: true,
      });
      expect(errorReason((await post(t, PREVIEW, { token: second })).body)).toBe('LINK_INVALID');
      const revokedAgain = await t.gql(REVOKE, { id: data!.inviteUser.invitation.id }, admin);
      expect(errorCode(revokedAgain)).toBe('NOT_FOUND');
    });

    it('refuses an expired link, an address that has an account, bad input and non-admins', async () => {
      const address = email();
      await t.gql(INVITE, { email: address, role: 'member' }, admin);
      const token = tokenOf(linkIn((await smtp.next(address)).text, '/einladung'));
      await t.neo4j.write((tx) =>
        tx.run(`MATCH (i:Invitation {email: $email}) SET i.expiresAt = datetime() - duration('PT1S')`, {
          email: address,
        }),
      );
      expect(errorReason((await post(t, PREVIEW, { token })).body)).toBe('LINK_INVALID');
      const late = await post(t, ACCEPT, { token, displayName: 'Zu spät', password: 'ein-langes-passwort' });
      expect(errorReason(late.body)).toBe('LINK_INVALID');

      const existing = await createAccount(t);
      expect(errorReason(await t.gql(INVITE, { email: existing.email, role: 'member' }, admin))).toBe(
        'EMAIL_TAKEN',
      );
      const invalid = await t.gql(INVITE, { email: 'not-an-address', role: 'member' }, admin);
      expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
      const member = await t.tokenFor('member');
      expect(errorCode(await t.gql(INVITE, { email: email(), role: 'admin' }, member))).toBe('FORBIDDEN');
      for (const token of ['', 'x', 'y'.repeat(43), 'z'.repeat(5000)]) {
        expect(errorReason((await post(t, PREVIEW, { token })).body)).toBe('LINK_INVALID');
      }
    });
  });

  describe('reset links', () => {
    it('e-mails a one-time link that sets a new password and ends every other session', async () => {
      const person = await createAccount(t, 'analyst', 'forgetful');
      const old = sessionCookie(
        (await post(t, SIGN_IN, { email: person.email, password: person.password })).setCookie,
      );
      expect((await post(t, ME, {}, { cookie: old })).body.data).toMatchObject({ me: { id: person.id } });
      const issued = await t.gql(ISSUE_RESET, { userId: person.id }, admin);
      expect(issued.data).toMatchObject({ issuePasswordReset: { mailed: true, link: null } });
      const mail = await smtp.next(person.email);
      expect(mail.subject).toBe('Neues Passwort für die Netzwerkstatt / New password for Netzwerkstatt');
      const token = tokenOf(linkIn(mail.text, '/passwort-neu'));
      expect((await post(t, RESET_PREVIEW, { token })).body.data).toEqual({
        passwordResetPreview: { email: person.email },
      });

      expect(errorReason((await post(t, RESET, { token, password: 'kurz' })).body)).toBe('PASSWORD_LENGTH');
      const reset = await post(t, RESET, { token, password: 'mein-neues-passwort-1' });
      expect(reset.body.data).toEqual({ resetPassword: { id: person.id, mustChangePassword: false } });
      expect((await post(t, ME, {}, { cookie: sessionCookie(reset.setCookie) })).body.data).toMatchObject({
        me: { id: person.id },
      });
      expect((await post(t, ME, {}, { cookie: old })).body.data).toEqual({ me: null });
      expect(
        errorReason((await post(t, SIGN_IN, { email: person.email, password: person.password })).body),
      ).toBe('INVALID_CREDENTIALS');
      expect(
        (await post(t, SIGN_IN, { email: person.email, password: 'mein-neues-passwort-1' })).body.errors,
      ).toBeUndefined();
      expect(errorReason((await post(t, RESET, { token, password: 'noch-ein-passwort-2' })).body)).toBe(
        'LINK_INVALID',
      );
    });

    it('replaces an earlier link, refuses disabled accounts, expired links and non-admins', async () => {
      const person = await createAccount(t);
      await t.gql(ISSUE_RESET, { userId: person.id }, admin);
      const first = tokenOf(linkIn((await smtp.next(person.email)).text, '/passwort-neu'));
      await t.gql(ISSUE_RESET, { userId: person.id }, admin);
      const second = tokenOf(linkIn((await smtp.next(person.email)).text, '/passwort-neu'));
      expect(errorReason((await post(t, RESET_PREVIEW, { token: first })).body)).toBe('LINK_INVALID');
      await t.neo4j.write((tx) =>
        tx.run(
          `MATCH (r:PasswordReset)-[:FOR]->(:User {id: $id}) SET r.expiresAt = datetime() - duration('PT1S')`,
          { id: person.id },
        ),
      );
      expect(
        errorReason((await post(t, RESET, { token: second, password: 'ein-langes-passwort' })).body),
      ).toBe('LINK_INVALID');

      const disabled = await createAccount(t);
      await t.gql(`mutation ($id: ID!) { disableUser(id: $id) { id } }`, { id: disabled.id }, admin);
      expect(errorReason(await t.gql(ISSUE_RESET, { userId: disabled.id }, admin))).toBe('ACCOUNT_DISABLED');
      expect(errorCode(await t.gql(ISSUE_RESET, { userId: randomUUID() }, admin))).toBe('NOT_FOUND');
      const steering = await t.tokenFor('steering');
      expect(errorCode(await t.gql(ISSUE_RESET, { userId: person.id }, steering))).toBe('FORBIDDEN');
    });
  });

  describe('a password set by someone else', () => {
    it('must be changed at first sign-in: until then only me, signOut and changePassword work', async () => {
      const address = email();
      const created = await t.gql(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { mustChangePassword } }`,
        { input: { email: address, displayName: 'Neu', password: 'vom-admin-gewaehlt', role: 'member' } },
        admin,
      );
      expect(created.data).toEqual({ createUser: { mustChangePassword: true } });
      const signIn = await post(t, SIGN_IN, { email: address, password: 'vom-admin-gewaehlt' });
      const cookie = sessionCookie(signIn.setCookie);
      expect((await post(t, ME_FULL, {}, { cookie })).body.data).toMatchObject({
        me: { mustChangePassword: true },
      });
      const blocked = await post(t, `{ actors(first: 1) { totalCount } }`, {}, { cookie });
      expect(errorCode(blocked.body)).toBe('FORBIDDEN');
      expect(errorReason(blocked.body)).toBe('PASSWORD_CHANGE_REQUIRED');
      expect(blocked.body.errors![0].extensions!.messages).toEqual({
        de: 'Ihr Passwort wurde von einer anderen Person festgelegt. Bitte ändern Sie es zuerst.',
        en: 'Your password was set by someone else. Please change it first.',
      });

      const changed = await post(
        t,
        CHANGE_PASSWORD,
        { current: 'vom-admin-gewaehlt', next: 'jetzt-mein-eigenes' },
        { cookie },
      );
      expect(changed.body.errors).toBeUndefined();
      expect((await post(t, ME_FULL, {}, { cookie })).body.data).toMatchObject({
        me: { mustChangePassword: false },
      });
      expect(
        (await post(t, `{ actors(first: 1) { totalCount } }`, {}, { cookie })).body.errors,
      ).toBeUndefined();
    });

    it('applies to CLI user:create unless --keep-password says the person chose it', async () => {
      const silent = { out: () => undefined, err: () => undefined };
      const generated = email();
      expect(
        await runCli(['user:create', '--email', generated, '--name', 'G', '--role', 'member'], silent),
      ).toBe(0);
      const given = email();
      const args = ['user:create', '--email', given, '--name', 'K', '--role', 'member', '--password'];
      expect(await runCli([...args, 'selbst-gewaehlt-123', '--keep-password'], silent)).toBe(0);
      const stored = await t.neo4j.readQuery(
        'MATCH (u:User) WHERE u.email IN $emails RETURN u.email AS email, u.mustChangePassword AS must',
        { emails: [generated, given] },
      );
      const must = Object.fromEntries(stored.records.map((r) => [r.get('email'), r.get('must')]));
      expect(must).toEqual({ [generated]: true, [given]: false });
    });
  });

  describe('without an SMTP server', () => {
    let plain: TestApp;
    beforeAll(async () => (plain = await startTestApp()));
    afterAll(() => plain.close());

    it('hands the link to the admin, and it works', async () => {
      const address = email();
      const before = smtp.received.length;
      const admin2 = await plain.tokenFor('admin');
      const issued = await plain.gql<Issued>(INVITE, { email: address, role: 'analyst' }, admin2);
      const { delivery } = issued.data!.inviteUser;
      expect(delivery.mailed).toBe(false);
      expect(delivery.link).toMatch(/\/einladung\?token=[A-Za-z0-9_-]{43}$/);
      const accepted = await post(plain, ACCEPT, {
        token: tokenOf(delivery.link!),
        displayName: 'Ohne Mail',
        password: 'ein-langes-passwort',
      });
      expect(accepted.body.errors).toBeUndefined();

      const person = await createAccount(plain);
      const reset = await plain.gql<{ issuePasswordReset: { mailed: boolean; link: string } }>(
        ISSUE_RESET,
        { userId: person.id },
        admin2,
      );
      expect(reset.data!.issuePasswordReset.mailed).toBe(false);
      expect(reset.data!.issuePasswordReset.link).toMatch(/\/passwort-neu\?token=/);
      expect(smtp.received.length).toBe(before);
    });
  });
});
