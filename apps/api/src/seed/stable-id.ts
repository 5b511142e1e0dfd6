import { createHash } from 'node:crypto';

/**
 * A name-based UUID (RFC 9562 version 5 layout over SHA-1): the same name gives the same id on every
 * run, so seeds can MERGE by id and a second run finds what the first created, even after people
 * renamed it. Still opaque to clients, like every other id.
 */
export function stableId(name: string): string {
  const bytes = createHash('sha1').update(`netzwerkstatt:${name}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
