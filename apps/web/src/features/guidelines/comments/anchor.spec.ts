import * as Y from 'yjs';
import { encodeAnchor, resolveAnchor } from './anchor';

function sync(from: Y.Doc, to: Y.Doc) {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe('comment anchors', () => {
  it('round-trips a range', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Hier fehlt die Quelle.');
    const anchor = encodeAnchor(text, 15, 21);
    expect(resolveAnchor(doc, anchor)).toEqual({ from: 15, to: 21 });
  });

  it('follows a concurrent insert before the anchor', () => {
    const a = new Y.Doc();
    a.getText('t').insert(0, 'Hier fehlt die Quelle.');
    const b = new Y.Doc();
    sync(a, b);
    const anchor = encodeAnchor(a.getText('t'), 15, 21);
    b.getText('t').insert(0, 'Achtung: ');
    sync(b, a);
    const range = resolveAnchor(a, anchor);
    expect(range).toEqual({ from: 24, to: 30 });
    expect(a.getText('t').toString().slice(range!.from, range!.to)).toBe('Quelle');
  });

  it('gives null for garbage', () => {
    expect(resolveAnchor(new Y.Doc(), 'kein anker')).toBeNull();
  });
});
