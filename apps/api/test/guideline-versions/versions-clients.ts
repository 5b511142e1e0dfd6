import { ok, revisionOf } from '../support/factories-graph.js';
import type { TestApp } from '../support/test-app.js';
import { editor, until, type Editor } from '../collab/collab-clients.js';

export const UPDATE_STATUS = `mutation ($id: ID!, $expectedRevision: Int!, $status: GuidelineStatus!) {
  updateGuideline(id: $id, expectedRevision: $expectedRevision, input: { status: $status }) { status }
}`;

export const PUBLISH = `mutation ($id: ID!, $expectedRevision: Int!) {
  publishGuideline(id: $id, expectedRevision: $expectedRevision) { id status version editable revision }
}`;

export const GUIDELINE_VERSIONS = `query ($id: ID!) {
  guideline(id: $id) {
    status version editable draftDiffers
    publishedVersion { number publishedAt publishedByName title }
    versions { number title publishedAt }
  }
}`;

export const VERSION = `query ($guidelineId: ID!, $number: Int!) {
  guidelineVersion(guidelineId: $guidelineId, number: $number) { number title text html publishedAt publishedByName }
}`;

/** The steering group moves the guideline to review. */
export async function toReview(t: TestApp, id: string, steering: string): Promise<void> {
  ok(
    await t.gql(UPDATE_STATUS, { id, expectedRevision: await revisionOf(t, id), status: 'review' }, steering),
  );
}

/** How long a spec waits for what other clients and the store see: generous, for a loaded machine. */
export const PATIENCE = 20_000;

/** Synced with the server; patient, since a loaded machine can take longer than the first sync usually does. */
export function synced(client: Editor): Promise<boolean> {
  return until(() => client.provider.synced, PATIENCE, 'sync');
}

/** The text as a fresh client receives it (everything stored and applied). */
export async function liveText(t: TestApp, id: string, token: string): Promise<string> {
  const reader = editor(t, id, token);
  try {
    await synced(reader);
    return reader.text();
  } finally {
    reader.destroy();
  }
}
