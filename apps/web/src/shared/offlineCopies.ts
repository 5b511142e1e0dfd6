/** Each guideline's offline copy (y-indexeddb) is an IndexedDB database whose name starts so. */
export const OFFLINE_COPY_PREFIX = 'netzwerkstatt.guideline.';

/**
 * Deletes every offline copy of a guideline in this browser (on signing out: nothing of the network's
 * texts stays behind for the next person at this computer). Returns how many there were. A copy still
 * open in another tab is deleted once that tab lets go of it.
 */
export async function clearOfflineCopies(): Promise<number> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return 0;
  const names = (await indexedDB.databases())
    .map((database) => database.name)
    .filter((name): name is string => typeof name === 'string' && name.startsWith(OFFLINE_COPY_PREFIX));
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
          request.onblocked = () => resolve();
        }),
    ),
  );
  return names.length;
}
