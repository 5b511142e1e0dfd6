import { randomUUID } from 'node:crypto';
import { AccountsService } from '../../src/accounts/accounts.service.js';
import { SessionsService } from '../../src/sessions/sessions.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ok, revisionOf } from '../support/factories-graph.js';
import {
  bearer,
  editor,
  newGuideline,
  paragraph,
  rawClient,
  rawUrl,
  synced,
  until,
  type Editor,
} from './collab-clients.js';

const STATUS = `mutation ($id: ID!, $expectedRevision: Int!, $status: GuidelineStatus!) {
  updateGuideline(id: $id, expectedRevision: $expectedRevision, input: { status: $status }) { status editable }
}`;

describe('who may open and write a guideline over /collab', () => {
  let t: TestApp;
  let member: string;
  let steering: string;
  let guideline: string;
  const open: Editor[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    [member, steering] = await Promise.all([t.tokenFor('member'), t.tokenFor('steering')]);
    guideline = await newGuideline(t, member);
  });
  afterEach(() => open.splice(0).forEach((client) => client.destroy()));
  afterAll(() => t.close());

  /** Closed with the code and reason, and not one byte of the document before that. */
  async function refused(url: string, headers: Record<string, string> = {}) {
    const client = rawClient(url, headers);
    const closed = await client.closed;
    return { ...closed, received: client.messages.length };
  }

  it('closes a socket without a session with 4401 before sending anything', async () => {
    expect(await refused(rawUrl(t, guideline))).toEqual({
      code: 4401,
      reason: 'UNAUTHENTICATED',
      received: 0,
    });
    expect(await refused(rawUrl(t, guideline), bearer('x'.repeat(43)))).toEqual({
      code: 4401,
      reason: 'UNAUTHENTICATED',
      received: 0,
    });
    expect(
      await refused(rawUrl(t, guideline), { cookie: `netzwerkstatt_session=${'y'.repeat(43)}` }),
    ).toEqual({
      code: 4401,
      reason: 'UNAUTHENTICATED',
      received: 0,
    });
  });

  it('refuses an account that must still change the password someone else set, with 4403', async () => {
    const account = await t.app.get(AccountsService).createUser({
      email: `initial-${randomUUID()}@test.netzwerkstatt.example`,
      displayName: 'Noch nicht geändert',
      password: `initial-${randomUUID()}`,
      role: 'member',
      mustChangePassword: true,
    });
    const session = await t.app.get(SessionsService).create(account.id, { kind: 'token' });
    expect(await refused(rawUrl(t, guideline), bearer(session.token))).toEqual({
      code: 4403,
      reason: 'FORBIDDEN',
      received: 0,
    });
  });

  it('refuses an unknown or trashed guideline with 4404', async () => {
    expect(await refused(rawUrl(t, randomUUID()), bearer(member))).toEqual({
      code: 4404,
      reason: 'NOT_FOUND',
      received: 0,
    });
    const trashed = await newGuideline(t, member);
    ok(await t.gql('mutation ($id: ID!) { deleteGuideline(id: $id) }', { id: trashed }, member));
    expect(await refused(rawUrl(t, trashed), bearer(member))).toMatchObject({ code: 4404, received: 0 });
  });

  it('refuses a missing or outdated schema version with 4400', async () => {
    expect(await refused(rawUrl(t, guideline, '0'), bearer(member))).toEqual({
      code: 4400,
      reason: 'OUTDATED_SCHEMA',
      received: 0,
    });
    expect(await refused(rawUrl(t, guideline, null), bearer(member))).toEqual({
      code: 4400,
      reason: 'BAD_REQUEST',
      received: 0,
    });
  });

  it('takes a browser cookie only from the site itself', async () => {
    const cookie = { cookie: `netzwerkstatt_session=${member}` };
    expect(await refused(rawUrl(t, guideline), { ...cookie, origin: 'https://evil.example' })).toEqual({
      code: 4403,
      reason: 'FORBIDDEN',
      received: 0,
    });
    const own = rawClient(rawUrl(t, guideline), { ...cookie, origin: t.url });
    await until(() => own.messages.length > 0, 5000, 'sync step 1 for the site itself');
    own.socket.close();
  });

  it('a published guideline stays editable: edits after publishing are the next draft', async () => {
    const id = await newGuideline(t, member);
    const writer = editor(t, id, member);
    open.push(writer);
    await synced(writer);
    paragraph(writer.doc).insert(0, 'Entwurf');
    await until(async () => (await textFor(id)) === 'Entwurf', 5000, 'the draft text');
    for (const status of ['review', 'published']) {
      const body = await t.gql<{ updateGuideline: { editable: boolean } }>(
        STATUS,
        { id, expectedRevision: await revisionOf(t, id), status },
        steering,
      );
      expect(ok(body).updateGuideline.editable).toBe(true);
    }
    // Past the next recheck of the open socket's rights: it still writes.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    paragraph(writer.doc).insert(7, ' – nachträglich');
    const reader = editor(t, id, member);
    open.push(reader);
    await synced(reader);
    await until(() => reader.text() === 'Entwurf – nachträglich', 5000, 'the edit after publishing');
    expect(await textFor(id)).toBe('Entwurf – nachträglich');
    // A socket without the write right drops updates and closes after more than ten: collab-document.spec.ts.
  });

  it('closes the socket of a revoked session within about a second', async () => {
    const token = await t.tokenFor('member');
    const client = editor(t, guideline, token);
    open.push(client);
    await synced(client);
    ok(await t.gql('mutation { signOut }', {}, token));
    const signedOut = Date.now();
    expect(await client.closed).toEqual({ code: 4401, reason: 'UNAUTHENTICATED' });
    expect(Date.now() - signedOut).toBeLessThan(1500);
  });

  async function textFor(id: string): Promise<string | null> {
    const reader = editor(t, id, member);
    try {
      await synced(reader);
      return reader.text();
    } finally {
      reader.destroy();
    }
  }
});
