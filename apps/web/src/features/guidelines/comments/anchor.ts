import * as Y from 'yjs';

/**
 * A comment's anchor: the start and end of the commented range as Yjs relative positions, so the range
 * moves with concurrent edits. Stored as base64 of `[start length, start bytes, end bytes]`.
 */
export function packAnchor(start: Y.RelativePosition, end: Y.RelativePosition): string {
  const startBytes = Y.encodeRelativePosition(start);
  const endBytes = Y.encodeRelativePosition(end);
  const bytes = new Uint8Array(1 + startBytes.length + endBytes.length);
  bytes[0] = startBytes.length;
  bytes.set(startBytes, 1);
  bytes.set(endBytes, 1 + startBytes.length);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The two relative positions of an anchor; null for garbage. */
export function unpackAnchor(anchor: string): { start: Y.RelativePosition; end: Y.RelativePosition } | null {
  try {
    const bytes = Uint8Array.from(atob(anchor), (c) => c.charCodeAt(0));
    const startLength = bytes[0];
    if (!startLength || bytes.length <= 1 + startLength) return null;
    return {
      start: Y.decodeRelativePosition(bytes.subarray(1, 1 + startLength)),
      end: Y.decodeRelativePosition(bytes.subarray(1 + startLength)),
    };
  } catch {
    return null;
  }
}

/** The anchor of a range of indexes into one shared type (a text, the XmlFragment). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any shared type (a text, the XmlFragment)
export function encodeAnchor(type: Y.AbstractType<any>, from: number, to: number): string {
  return packAnchor(
    Y.createRelativePositionFromTypeIndex(type, from),
    Y.createRelativePositionFromTypeIndex(type, to, -1),
  );
}

/** The range an anchor points at now, as indexes into its type; null when its text is gone. */
export function resolveAnchor(doc: Y.Doc, anchor: string): { from: number; to: number } | null {
  const positions = unpackAnchor(anchor);
  if (!positions) return null;
  try {
    const from = Y.createAbsolutePositionFromRelativePosition(positions.start, doc);
    const to = Y.createAbsolutePositionFromRelativePosition(positions.end, doc);
    if (!from || !to || to.index < from.index) return null;
    return { from: from.index, to: to.index };
  } catch {
    return null;
  }
}
