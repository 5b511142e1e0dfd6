// Equality of the two servers' answers: each side's result is normalised to plain data (sorted id
// sets, counts) and compared as canonical JSON; a mismatch is explained in a few lines.

/** JSON with object keys sorted, so key order never makes two equal answers differ. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** Null when equal, else a short human-readable description of the first difference. */
export function difference(ours: unknown, peer: unknown, path = '$'): string | null {
  if (canonical(ours) === canonical(peer)) return null;
  if (Array.isArray(ours) && Array.isArray(peer)) {
    if (ours.every((v) => typeof v === 'string') && peer.every((v) => typeof v === 'string')) {
      const peerSet = new Set(peer as string[]);
      const oursSet = new Set(ours as string[]);
      const onlyOurs = (ours as string[]).filter((v) => !peerSet.has(v));
      const onlyPeer = (peer as string[]).filter((v) => !oursSet.has(v));
      if (onlyOurs.length || onlyPeer.length) {
        return (
          `${path}: ${ours.length} vs ${peer.length} entries; only ours: ${preview(onlyOurs)}; ` +
          `only peer: ${preview(onlyPeer)}`
        );
      }
      return `${path}: same ${ours.length} entries in a different order (ours ${preview(ours as string[])}, peer ${preview(peer as string[])})`;
    }
    if (ours.length !== peer.length) return `${path}: ${ours.length} vs ${peer.length} entries`;
    for (let i = 0; i < ours.length; i += 1) {
      const diff = difference(ours[i], peer[i], `${path}[${i}]`);
      if (diff) return diff;
    }
  }
  if (isObject(ours) && isObject(peer)) {
    for (const key of new Set([...Object.keys(ours), ...Object.keys(peer)])) {
      const diff = difference(ours[key], peer[key], `${path}.${key}`);
      if (diff) return diff;
    }
  }
  return `${path}: ours ${short(ours)}, peer ${short(peer)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function preview(values: string[]): string {
  if (values.length === 0) return 'none';
  return values.length > 3 ? `${values.slice(0, 3).join(', ')} … (+${values.length - 3})` : values.join(', ');
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
