import { INITIAL_SYNC_STATE, syncPill, syncReducer, type SyncEvent, type SyncState } from './syncStatus';

const run = (events: SyncEvent[], from: SyncState = INITIAL_SYNC_STATE) => events.reduce(syncReducer, from);
const CONNECTED: SyncEvent[] = [
  { type: 'status', status: 'connected' },
  { type: 'synced', synced: true },
];
const READY = run([...CONNECTED, { type: 'checked', unsaved: false }]);

describe('sync status', () => {
  it('says „connecting“ until the server has been checked to hold what this device has, then „saved“', () => {
    expect(syncPill(INITIAL_SYNC_STATE)).toBe('connecting');
    expect(syncPill(run(CONNECTED))).toBe('connecting');
    expect(syncPill(READY)).toBe('saved');
  });

  it('says „not saved“ from an edit until a check finds the server holds it', () => {
    const typed = run([{ type: 'edit' }], READY);
    expect(syncPill(typed)).toBe('unsaved');
    expect(syncPill(run([{ type: 'checked', unsaved: true }], typed))).toBe('unsaved');
    expect(syncPill(run([{ type: 'checked', unsaved: false }], typed))).toBe('saved');
  });

  it('says „not saved“ at once when the offline copy holds edits the server lacks', () => {
    const restored = run([...CONNECTED, { type: 'checked', unsaved: true }]);
    expect(syncPill(restored)).toBe('unsaved');
  });

  it('says „offline“ without a connection, keeps edits unsaved, and ignores a late answer', () => {
    const dropped = run([{ type: 'status', status: 'disconnected' }, { type: 'edit' }], READY);
    expect(syncPill(dropped)).toBe('offline');
    expect(dropped.unsaved).toBe(true);
    expect(run([{ type: 'checked', unsaved: false }], dropped).unsaved).toBe(true);
    const back = run([{ type: 'status', status: 'connecting' }, ...CONNECTED], dropped);
    expect(syncPill(back)).toBe('unsaved');
    expect(syncPill(run([{ type: 'checked', unsaved: false }], back))).toBe('saved');
  });

  it('says „offline“ when the browser has no network, even while the socket still looks open', () => {
    expect(syncPill(run([{ type: 'online', online: false }], READY))).toBe('offline');
    expect(
      syncPill(
        run(
          [
            { type: 'online', online: false },
            { type: 'online', online: true },
          ],
          READY,
        ),
      ),
    ).toBe('saved');
  });

  it('says „offline“ once the server refused the socket, until a retry', () => {
    const stopped = run([{ type: 'stopped' }], READY);
    expect(syncPill(stopped)).toBe('offline');
    expect(syncPill(run([{ type: 'retry' }], stopped))).toBe('connecting');
  });

  it('needs a new check after the provider lost and regained its sync', () => {
    const lost = run([{ type: 'synced', synced: false }], READY);
    expect(syncPill(lost)).toBe('connecting');
    expect(syncPill(run([{ type: 'synced', synced: true }], lost))).toBe('connecting');
  });
});
