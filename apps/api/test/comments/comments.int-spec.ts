import { randomUUID } from 'node:crypto';
import { accountIdOf, failure, graphTag, ok } from '../support/factories-graph.js';
import { TestApp, startTestApp } from '../support/test-app.js';

const COMMENT = 'id body anchor quote resolved resolvedByName authorName replyToId revision';
const CREATE = `mutation ($input: CreateCommentInput!) { createComment(input: $input) { ${COMMENT} } }`;
const UPDATE = `mutation ($id: ID!, $rev: Int!, $input: UpdateCommentInput!) { updateComment(id: $id, expectedRevision: $rev, input: $input) { ${COMMENT} } }`;
const THREADS = `query ($g: ID!, $all: Boolean) { guidelineComments(guidelineId: $g, includeResolved: $all) { ${COMMENT} replies { ${COMMENT} } } }`;
const RESOLVE = 'mutation ($id: ID!) { resolveCommentThread(id: $id) { id resolved resolvedByName } }';
const REOPEN = 'mutation ($id: ID!) { reopenCommentThread(id: $id) { id resolved } }';
const DELETE = 'mutation ($id: ID!) { deleteComment(id: $id) }';
const NOTIFICATIONS = `query ($unread: Boolean) { myNotifications(first: 10, unreadOnly: $unread) {
  totalCount edges { node { id kind read guidelineId guidelineTitle commentId actorName } } } }`;
const UNREAD = '{ unreadNotificationCount }';

interface Comment {
  id: string;
  body: string;
  anchor: string | null;
  quote: string | null;
  resolved: boolean;
  resolvedByName: string | null;
  authorName: string | null;
  replyToId: string | null;
  revision: number;
}
type Thread = Comment & { replies: Comment[] };

describe('comments on guidelines and notifications', () => {
  let t: TestApp;
  let author: string;
  let other: string;
  let mentioned: string;
  let steering: string;
  let guidelineId: string;
  const tag = graphTag();
  const anchor = Buffer.from([1, 2, 3, 4, 5, 6]).toString('base64');

  const create = (input: Record<string, unknown>, token = author) =>
    t.gql<{ createComment: Comment }>(CREATE, { input: { guidelineId, ...input } }, token);
  const threads = async (all = false, token = author) =>
    ok(await t.gql<{ guidelineComments: Thread[] }>(THREADS, { g: guidelineId, all }, token))
      .guidelineComments;
  const unread = async (token: string) =>
    ok(await t.gql<{ unreadNotificationCount: number }>(UNREAD, {}, token)).unreadNotificationCount;

  beforeAll(async () => {
    t = await startTestApp();
    [author, other, mentioned, steering] = await Promise.all([
      t.tokenFor('member'),
      t.tokenFor('member'),
      t.tokenFor('member'),
      t.tokenFor('steering'),
    ]);
    const created = await t.gql<{ createGuideline: { id: string } }>(
      'mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }',
      { input: { title: `Leitfaden Kommentare ${tag}` } },
      author,
    );
    guidelineId = ok(created).createGuideline.id;
  });
  afterAll(() => t.close());

  it('creates an anchored comment and a reply, shown as one thread', async () => {
    const id = randomUUID();
    const first = ok(
      await create({ id, body: '  Hier fehlt die Quelle. ', anchor, quote: 'Quelle' }),
    ).createComment;
    expect(first).toMatchObject({
      id,
      body: 'Hier fehlt die Quelle.',
      anchor,
      quote: 'Quelle',
      resolved: false,
    });
    expect(first.authorName).toBe('Test member');
    // The same client id again returns the first result.
    expect(ok(await create({ id, body: 'Hier fehlt die Quelle.', anchor })).createComment.id).toBe(id);
    const reply = ok(await create({ body: 'Ergänzt.', replyToId: id }, other)).createComment;
    expect(reply).toMatchObject({ replyToId: id, anchor: null });
    // A reply to a reply joins the thread.
    const second = ok(await create({ body: 'Danke!', replyToId: reply.id })).createComment;
    expect(second.replyToId).toBe(id);
    const [thread] = (await threads()).filter((c) => c.id === id);
    expect(thread.replies.map((r) => r.body)).toEqual(['Ergänzt.', 'Danke!']);
  });

  it('refuses an empty or too long body and a malformed anchor', async () => {
    expect(failure(await create({ body: '   ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['body'],
    });
    expect(failure(await create({ body: 'x'.repeat(10_001) })).fields).toEqual(['body']);
    expect(failure(await create({ body: 'ok', anchor: 'kein base64!' })).fields).toEqual(['anchor']);
  });

  it('any member resolves and reopens a thread; resolved threads are left out unless asked for', async () => {
    const c = ok(await create({ body: `Auflösen ${tag}`, anchor })).createComment;
    const resolved = ok(await t.gql<{ resolveCommentThread: Comment }>(RESOLVE, { id: c.id }, other));
    expect(resolved.resolveCommentThread).toMatchObject({ resolved: true, resolvedByName: 'Test member' });
    expect((await threads()).some((x) => x.id === c.id)).toBe(false);
    expect((await threads(true)).find((x) => x.id === c.id)?.resolved).toBe(true);
    ok(await t.gql(REOPEN, { id: c.id }, author));
    expect((await threads()).some((x) => x.id === c.id)).toBe(true);
  });

  it('only the author edits a comment, naming the revision', async () => {
    const c = ok(await create({ body: 'Erste Fassung' })).createComment;
    const foreign = await t.gql(UPDATE, { id: c.id, rev: c.revision, input: { body: 'fremd' } }, other);
    expect(failure(foreign).code).toBe('FORBIDDEN');
    const edited = ok(
      await t.gql<{ updateComment: Comment }>(
        UPDATE,
        { id: c.id, rev: c.revision, input: { body: 'Zweite' } },
        author,
      ),
    ).updateComment;
    expect(edited).toMatchObject({ body: 'Zweite', revision: c.revision + 1 });
    const stale = await t.gql(UPDATE, { id: c.id, rev: c.revision, input: { body: 'Dritte' } }, author);
    expect(failure(stale).code).toBe('CONFLICT');
  });

  it('a mention notifies exactly the mentioned account; unread count and mark-read', async () => {
    const mentionedId = await accountIdOf(t, mentioned);
    const found = ok(
      await t.gql<{ accountsForMention: { id: string; displayName: string }[] }>(
        'query ($text: String!) { accountsForMention(text: $text) { id displayName } }',
        { text: 'test mem' },
        author,
      ),
    ).accountsForMention;
    expect(found.length).toBeGreaterThan(0);
    const before = await Promise.all([unread(mentioned), unread(other), unread(author)]);
    const c = ok(
      await create({ body: '@Test member bitte prüfen', mentionedUserIds: [mentionedId] }),
    ).createComment;
    expect(await Promise.all([unread(mentioned), unread(other), unread(author)])).toEqual([
      before[0] + 1,
      before[1],
      before[2],
    ]);
    const page = ok(
      await t.gql<{
        myNotifications: { totalCount: number; edges: { node: Record<string, unknown> }[] };
      }>(NOTIFICATIONS, { unread: true }, mentioned),
    ).myNotifications;
    expect(page.edges[0].node).toMatchObject({
      kind: 'comment_mention',
      read: false,
      guidelineId,
      guidelineTitle: `Leitfaden Kommentare ${tag}`,
      commentId: c.id,
      actorName: 'Test member',
    });
    const id = page.edges[0].node.id as string;
    // Someone else cannot mark it read.
    ok(await t.gql('mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [id] }, other));
    expect(await unread(mentioned)).toBe(before[0] + 1);
    const left = ok(
      await t.gql<{ markNotificationsRead: number }>(
        'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
        { ids: [id] },
        mentioned,
      ),
    ).markNotificationsRead;
    expect(left).toBe(before[0]);
    ok(await t.gql('mutation { markAllNotificationsRead }', {}, mentioned));
    expect(await unread(mentioned)).toBe(0);
  });

  it('delete: own or steering, into the Papierkorb', async () => {
    const c = ok(await create({ body: `Weg damit ${tag}` })).createComment;
    expect(failure(await t.gql(DELETE, { id: c.id }, other)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql<{ deleteComment: string }>(DELETE, { id: c.id }, author)).deleteComment).toBe(c.id);
    expect((await threads(true)).some((x) => x.id === c.id)).toBe(false);
    const trash = ok(
      await t.gql<{ trash: { edges: { node: { id: string; entityType: string; title: string } }[] } }>(
        '{ trash(first: 100) { edges { node { id entityType title } } } }',
        {},
        steering,
      ),
    ).trash;
    expect(trash.edges.map((e) => e.node)).toContainEqual({
      id: c.id,
      entityType: 'Comment',
      title: `Weg damit ${tag}`,
    });
    const foreign = ok(await create({ body: 'Vom Steuerkreis zu löschen' }, other)).createComment;
    expect(
      ok(await t.gql<{ deleteComment: string }>(DELETE, { id: foreign.id }, steering)).deleteComment,
    ).toBe(foreign.id);
  });
});
