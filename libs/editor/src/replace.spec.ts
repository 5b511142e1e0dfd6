import type { JSONContent } from '@tiptap/core';
import * as Y from 'yjs';
import { replaceWithJSON } from './replace.js';
import { seedFromJSON, yDocToJSON } from './ydoc.js';

const p = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (text: string): JSONContent => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [{ type: 'text', text }],
});
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content });

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('replaceWithJSON', () => {
  it('makes the body equal to the JSON as a forward change another replica merges', () => {
    const live = new Y.Doc();
    seedFromJSON(live, doc(h('Zweck'), p('Alt'), p('Bleibt')));
    const replica = new Y.Doc();
    sync(live, replica);
    const before = Y.encodeStateVector(live);
    replaceWithJSON(live, doc(h('Zweck'), p('Neu'), p('Bleibt'), p('Dazu')));
    expect(yDocToJSON(live)).toEqual(doc(h('Zweck'), p('Neu'), p('Bleibt'), p('Dazu')));
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(live, Y.encodeStateVector(replica)));
    expect(yDocToJSON(replica)).toEqual(yDocToJSON(live));
    // Only a change on top of what was there: the old state is still contained.
    expect(Y.encodeStateVector(live)).not.toEqual(before);
  });

  it('fills an empty body and empties a full one', () => {
    const live = new Y.Doc();
    replaceWithJSON(live, doc(p('Erster Absatz')));
    expect(yDocToJSON(live)).toEqual(doc(p('Erster Absatz')));
    replaceWithJSON(live, doc());
    expect(yDocToJSON(live).content).toEqual([]);
  });

  it('keeps a concurrent edit in a block the replacement leaves alone', () => {
    const live = new Y.Doc();
    seedFromJSON(live, doc(p('Eins'), p('Zwei')));
    const other = new Y.Doc();
    sync(live, other);
    const second = (other.getXmlFragment('default').get(1) as Y.XmlElement).get(0) as Y.XmlText;
    second.insert(4, ' und mehr');
    replaceWithJSON(live, doc(p('Eins geändert'), p('Zwei')));
    sync(other, live);
    sync(live, other);
    expect(yDocToJSON(live)).toEqual(doc(p('Eins geändert'), p('Zwei und mehr')));
    expect(yDocToJSON(other)).toEqual(yDocToJSON(live));
  });

  it('refuses JSON the schema does not know', () => {
    expect(() => replaceWithJSON(new Y.Doc(), doc({ type: 'iframe' }))).toThrow();
  });
});
