import * as Y from 'yjs';

/**
 * A comment's anchor: the start and end of the commented range as Yjs relative positions, so the range
 * moves with concurrent edits. Stored as base64 of `[start length, start bytes, end bytes]`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type (a text, the XmlFragment)
export function encodeAnchor(type: Y.AbstractType<any>, from: number, to: number): string {
  const start = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, from));
  const end = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(type, to, -1));
  const bytes = new Uint8Array(1 + start.length + end.length);
  bytes[0] = start.length;
  bytes.set(start, 1);
  bytes.set(end, 1 + start.length);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The range an anchor points at now, as indexes into its type; null when its text is gone. */
export function resolveAnchor(doc: Y.Doc, anchor: string): { from: number; to: number } | null {
  try {
    const bytes = Uint8Array.from(atob(anchor), (c) => c.charCodeAt(0));
    const startLength = bytes[0];
    const start = Y.decodeRelativePosition(bytes.subarray(1, 1 + startLength));
    const end = Y.decodeRelativePosition(bytes.subarray(1 + startLength));
    const from = Y.createAbsolutePositionFromRelativePosition(start, doc);
    const to = Y.createAbsolutePositionFromRelativePosition(end, doc);
    if (!from || !to || to.index < from.index) return null;
    return { from: from.index, to: to.index };
  } catch {
    return null;
  }
}
