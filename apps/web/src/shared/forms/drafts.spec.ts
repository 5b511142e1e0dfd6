/** @jest-environment jsdom */
import { jest } from '@jest/globals';
import { clearDraft, DRAFT_MAX_AGE_MS, draftKey, loadDraft, saveDraft } from './drafts';

const TEMPLATE = { title: '', statewide: false, regionIds: [] as string[] };
const NOW = new Date('2026-03-01T10:00:00Z');

describe('form drafts kept when the session ends', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('keeps the values per person and form address, and gives them back', () => {
    const key = draftKey('u1', '/herausforderungen/42/bearbeiten');
    expect(key).toBe('netzwerkstatt.draft:u1:/herausforderungen/42/bearbeiten');
    saveDraft(
      key,
      { values: { title: 'Neu', statewide: true, regionIds: ['r1'] }, baseRevision: 3, createId: 'abc' },
      NOW,
    );
    expect(loadDraft(key, TEMPLATE, NOW)).toEqual({
      values: { title: 'Neu', statewide: true, regionIds: ['r1'] },
      baseRevision: 3,
      createId: 'abc',
      savedAt: NOW.toISOString(),
    });
    expect(loadDraft(draftKey('u2', '/herausforderungen/42/bearbeiten'), TEMPLATE, NOW)).toBeUndefined();
  });

  it('forgets the values once cleared', () => {
    const key = draftKey('u1', '/akteure/neu');
    saveDraft(key, { values: { title: 'x', statewide: false, regionIds: [] } }, NOW);
    clearDraft(key);
    expect(loadDraft(key, TEMPLATE, NOW)).toBeUndefined();
  });

  it('offers nothing older than a day, and removes it', () => {
    const key = draftKey('u1', '/akteure/neu');
    saveDraft(key, { values: { title: 'alt', statewide: false, regionIds: [] } }, NOW);
    const later = new Date(NOW.getTime() + DRAFT_MAX_AGE_MS + 1);
    expect(loadDraft(key, TEMPLATE, later)).toBeUndefined();
    expect(window.sessionStorage.getItem(key)).toBeNull();
  });

  it('ignores what does not fit the form (another version of it, or garbage)', () => {
    const key = draftKey('u1', '/akteure/neu');
    window.sessionStorage.setItem(key, '{not json');
    expect(loadDraft(key, TEMPLATE, NOW)).toBeUndefined();
    saveDraft(key, { values: { title: 'x', statewide: 'yes', regionIds: [] } }, NOW);
    expect(loadDraft(key, TEMPLATE, NOW)).toBeUndefined();
    saveDraft(key, { values: { title: 'x', statewide: false } }, NOW);
    expect(loadDraft(key, TEMPLATE, NOW)).toBeUndefined();
    // Fields the form no longer has are dropped.
    saveDraft(key, { values: { title: 'x', statewide: false, regionIds: [], gone: 1 } }, NOW);
    expect(loadDraft(key, TEMPLATE, NOW)?.values).toEqual({ title: 'x', statewide: false, regionIds: [] });
  });

  it('works without storage (private mode)', () => {
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    expect(() =>
      saveDraft('k', { values: { title: 'x', statewide: false, regionIds: [] } }, NOW),
    ).not.toThrow();
    spy.mockRestore();
  });
});
