import { closeOutcome, TOO_MANY_CLIENTS_RETRY_MS } from './closeReasons';

describe('closeOutcome', () => {
  it.each([
    [4400, 'OUTDATED_SCHEMA', 'outdatedSchema'],
    [4400, 'BAD_REQUEST', 'badRequest'],
    [4401, 'UNAUTHENTICATED', 'unauthenticated'],
    [4403, 'FORBIDDEN', 'forbidden'],
    [4403, 'READ_ONLY', 'readOnly'],
    [4404, 'NOT_FOUND', 'notFound'],
    [4413, 'TOO_LARGE', 'tooLarge'],
  ])('%i %s shows its own message and stops reconnecting', (code, reason, messageKey) => {
    expect(closeOutcome(code, reason)).toEqual({
      reason,
      messageKey,
      retryAfterMs: undefined,
      signIn: reason === 'UNAUTHENTICATED',
    });
  });

  it('tries a full document again a while later', () => {
    expect(closeOutcome(4429, 'TOO_MANY_CLIENTS')).toMatchObject({
      messageKey: 'tooManyClients',
      retryAfterMs: TOO_MANY_CLIENTS_RETRY_MS,
    });
  });

  it('reads a close without a known reason by its code', () => {
    expect(closeOutcome(4404, '')?.reason).toBe('NOT_FOUND');
    expect(closeOutcome(4403, 'something else')?.reason).toBe('FORBIDDEN');
    expect(closeOutcome(4401, 'READ_ONLY')?.reason).toBe('UNAUTHENTICATED');
    expect(closeOutcome(4499, '')?.reason).toBe('BAD_REQUEST');
  });

  it('leaves network drops, restarts and storage failures to the reconnect', () => {
    for (const code of [1000, 1001, 1006, 1009, 1011, 4500]) expect(closeOutcome(code, '')).toBeNull();
  });
});
