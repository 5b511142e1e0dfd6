/** Neo4j stores bytes as signed; the driver takes and gives Int8Array. */
export const toBytes = (data: Uint8Array) => new Int8Array(data.buffer, data.byteOffset, data.byteLength);

export const fromBytes = (data: unknown): Uint8Array => {
  const view = data as Int8Array;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
};
