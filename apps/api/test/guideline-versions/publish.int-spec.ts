import { failure, ok, revisionOf } from '../support/factories-graph.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { editor, newGuideline, paragraph, until, type Editor } from '../collab/collab-clients.js';
import {
  GUIDELINE_VERSIONS,
  PUBLISH,
  UPDATE_STATUS,
  VERSION,
  liveText,
  toReview,
  synced,
  PATIENCE,
} from './versions-clients.js';

interface Versions {
  guideline: {
    status: string;
    version: string | null;
    editable: boolean;
    draftDiffers: boolean;
    publishedVersion: { number: number; publishedAt: string; publishedByName: string; title: string } | null;
    versions: { number: number; title: string; publishedAt: string }[];
  };
}

describe('publishing numbered versions', () => {
  let t: TestApp;
  let member: string;
  let steering: string;
  const open: Editor[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    [member, steering] = await Promise.all([t.tokenFor('member'), t.tokenFor('steering')]);
  }, 120_000);
  afterEach(() => open.splice(0).forEach((client) => client.destroy()));
  afterAll(() => t.close());

  async function written(text: string, title = 'Leitfaden Anerkennung') {
    const id = await newGuideline(t, member, title);
    const writer = editor(t, id, member);
    open.push(writer);
    await synced(writer);
    paragraph(writer.doc).insert(0, text);
    // Another client has it: it is stored.
    await until(async () => (await liveText(t, id, member)) === text, PATIENCE, 'the text stored');
    return { id, writer };
  }

  const versionsOf = async (id: string) =>
    ok(await t.gql<Versions>(GUIDELINE_VERSIONS, { id }, member)).guideline;

  it('freezes version 1 with its date, and the live text stays editable for members', async () => {
    const { id, writer } = await written('Erste Fassung des Textes');
    await toReview(t, id, steering);
    const published = ok(
      await t.gql<{ publishGuideline: { status: string; version: string; editable: boolean } }>(
        PUBLISH,
        { id, expectedRevision: await revisionOf(t, id) },
        steering,
      ),
    ).publishGuideline;
    expect(published).toMatchObject({ status: 'published', version: '1', editable: true });

    const before = await versionsOf(id);
    expect(before.publishedVersion).toMatchObject({ number: 1, title: 'Leitfaden Anerkennung' });
    expect(before.publishedVersion?.publishedByName).toBe('Test steering');
    expect(Date.now() - Date.parse(before.publishedVersion!.publishedAt)).toBeLessThan(60_000);

    // The member's open editor keeps writing: the next draft.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    paragraph(writer.doc).insert(paragraph(writer.doc).length, ' – überarbeitet');
    await until(
      async () => (await liveText(t, id, member)) === 'Erste Fassung des Textes – überarbeitet',
      PATIENCE,
      'the edit after publishing, stored',
    );
    const frozen = ok(
      await t.gql<{ guidelineVersion: { number: number; text: string; html: string } }>(
        VERSION,
        { guidelineId: id, number: 1 },
        member,
      ),
    ).guidelineVersion;
    expect(frozen).toMatchObject({ number: 1, text: 'Erste Fassung des Textes' });
    expect(frozen.html).toBe('<p>Erste Fassung des Textes</p>');
    // Once compacted, the guideline says its text is the draft of the next version.
    await until(async () => (await versionsOf(id)).draftDiffers, PATIENCE, 'draftDiffers');
  });

  it('numbers the next publication 2, after another review; version 1 stays as it was', async () => {
    const { id, writer } = await written('Text eins');
    await toReview(t, id, steering);
    ok(await t.gql(PUBLISH, { id, expectedRevision: await revisionOf(t, id) }, steering));
    await new Promise((resolve) => setTimeout(resolve, 1300));
    paragraph(writer.doc).insert(0, 'Neu: ');
    await until(async () => (await liveText(t, id, member)) === 'Neu: Text eins', PATIENCE);

    // Published → published is no step of the workflow: it goes through review again.
    expect(
      failure(await t.gql(PUBLISH, { id, expectedRevision: await revisionOf(t, id) }, steering)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
    await toReview(t, id, steering);
    const second = ok(
      await t.gql<{ publishGuideline: { version: string } }>(
        PUBLISH,
        { id, expectedRevision: await revisionOf(t, id) },
        steering,
      ),
    ).publishGuideline;
    expect(second.version).toBe('2');
    const versions = await versionsOf(id);
    expect(versions.versions.map((version) => version.number)).toEqual([2, 1]);
    const texts = await Promise.all(
      [1, 2].map(
        async (number) =>
          ok(
            await t.gql<{ guidelineVersion: { text: string } }>(VERSION, { guidelineId: id, number }, member),
          ).guidelineVersion.text,
      ),
    );
    expect(texts).toEqual(['Text eins', 'Neu: Text eins']);
  });

  it('updateGuideline to published freezes a version the same way', async () => {
    const { id } = await written('Über den Status veröffentlicht');
    await toReview(t, id, steering);
    ok(
      await t.gql(
        UPDATE_STATUS,
        { id, expectedRevision: await revisionOf(t, id), status: 'published' },
        steering,
      ),
    );
    expect((await versionsOf(id)).publishedVersion?.number).toBe(1);
  });

  it('a member cannot publish, and nothing is frozen', async () => {
    const { id } = await written('Nicht veröffentlicht');
    await toReview(t, id, steering);
    const body = await t.gql(PUBLISH, { id, expectedRevision: await revisionOf(t, id) }, member);
    expect(failure(body).code).toBe('FORBIDDEN');
    const versions = await versionsOf(id);
    expect(versions).toMatchObject({ status: 'review', publishedVersion: null, versions: [] });
  });

  it('a draft cannot be published without review', async () => {
    const { id } = await written('Entwurf');
    const body = await t.gql(PUBLISH, { id, expectedRevision: await revisionOf(t, id) }, steering);
    expect(failure(body)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TRANSITION' });
    expect((await versionsOf(id)).versions).toEqual([]);
  });

  it('an unknown version number is NOT_FOUND', async () => {
    const { id } = await written('Ohne Fassung');
    const body = await t.gql(VERSION, { guidelineId: id, number: 3 }, member);
    expect(failure(body).code).toBe('NOT_FOUND');
  });
});
