import { nextStep, publicationOf, type PublicationState } from './publication';

const state = (over: Partial<PublicationState>): PublicationState => ({
  status: 'draft',
  draftDiffers: false,
  publishedVersion: null,
  ...over,
});
const v1 = { number: 1, publishedAt: '2026-12-03T10:00:00.000Z' };

describe('publicationOf', () => {
  it('calls an unpublished guideline the draft for version 1', () => {
    expect(publicationOf(state({}))).toEqual({ published: null, draftFor: 1, next: 1 });
  });

  it('shows no draft while the text is the published version, and the next once it moved on', () => {
    expect(publicationOf(state({ status: 'published', publishedVersion: v1 })).draftFor).toBeNull();
    expect(publicationOf(state({ status: 'published', publishedVersion: v1, draftDiffers: true }))).toEqual({
      published: v1,
      draftFor: 2,
      next: 2,
    });
    expect(publicationOf(state({ status: 'review', publishedVersion: v1 })).draftFor).toBe(2);
  });
});

describe('nextStep', () => {
  it('follows the workflow one step at a time', () => {
    expect(nextStep(state({ status: 'draft' }))).toBe('toReview');
    expect(nextStep(state({ status: 'review' }))).toBe('publish');
    expect(nextStep(state({ status: 'published', publishedVersion: v1 }))).toBeNull();
    expect(nextStep(state({ status: 'published', publishedVersion: v1, draftDiffers: true }))).toBe(
      'nextToReview',
    );
  });
});
