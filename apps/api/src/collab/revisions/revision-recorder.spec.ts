import * as Y from 'yjs';
import type { CollabDocument } from '../document/collab-document.js';
import { COLLAB_LIMITS } from '../limits.js';
import { RevisionRecorder } from './revision-recorder.js';
import type { NewRevision, RevisionsRepository } from './revisions.repository.js';

function setUp(editingFor: number | null) {
  const recorded: NewRevision[] = [];
  const repository = {
    record: async (revision: NewRevision) => {
      recorded.push(revision);
      return null;
    },
  } as unknown as RevisionsRepository;
  const doc = new Y.Doc();
  doc.getXmlFragment('default').insert(0, [new Y.XmlText('Stand')]);
  const document = {
    id: 'g1',
    doc,
    destroyed: false,
    editingSince: editingFor === null ? null : Date.now() - editingFor,
  } as unknown as CollabDocument;
  return { recorder: new RevisionRecorder(repository), document, recorded };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RevisionRecorder', () => {
  it('takes a revision after a compaction once people have been editing for ten minutes', async () => {
    const { recorder, document, recorded } = setUp(COLLAB_LIMITS.revisionAfterEditingMs + 1000);
    recorder.compacted(document);
    await settle();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ guidelineId: 'g1', name: null, userId: null });
    // Edits from now on count towards the next one.
    expect(document.editingSince).toBeNull();
  });

  it('takes none after a compaction within the first ten minutes of editing', async () => {
    const { recorder, document, recorded } = setUp(60_000);
    recorder.compacted(document);
    await settle();
    expect(recorded).toHaveLength(0);
  });

  it('takes one when the last person leaves, only if anything changed since the last', async () => {
    const changed = setUp(1000);
    await changed.recorder.left(changed.document);
    expect(changed.recorded).toHaveLength(1);
    const unchanged = setUp(null);
    await unchanged.recorder.left(unchanged.document);
    expect(unchanged.recorded).toHaveLength(0);
  });
});
