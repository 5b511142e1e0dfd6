import { DomainError, LIMITS } from '@netzwerkstatt/domain';
import { checkActorInput, linksOf } from './actor-input.check.js';

function issuesOf(run: () => void): { field: string; reason: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.issues.map(({ field, reason }) => ({ field, reason }));
    throw error;
  }
  return [];
}

describe('checkActorInput', () => {
  it('accepts a complete, valid actor and HTML kept as text', () => {
    expect(
      issuesOf(() =>
        checkActorInput(
          {
            name: 'WelcomeCenter',
            description: '<b>fett</b>',
            website: 'https://x.example',
            email: 'a@b.de',
            statewide: false,
          },
          'create',
        ),
      ),
    ).toEqual([]);
  });

  it('lists every problem at once, each with its field', () => {
    const issues = issuesOf(() =>
      checkActorInput(
        {
          name: 'n'.repeat(LIMITS.name + 1),
          website: 'ftp://x.example',
          email: 'kein@',
          statewide: 'ja',
          regionIds: Array.from({ length: LIMITS.ids + 1 }, (_, i) => `r${i}`),
        },
        'create',
      ),
    );
    expect(issues).toEqual([
      { field: 'name', reason: 'TOO_LONG' },
      { field: 'website', reason: 'INVALID_URL' },
      { field: 'email', reason: 'INVALID_EMAIL' },
      { field: 'statewide', reason: 'NOT_BOOLEAN' },
      { field: 'regionIds', reason: 'TOO_MANY' },
    ]);
  });

  it('requires a name on create but checks only present fields on update', () => {
    expect(issuesOf(() => checkActorInput({}, 'create'))).toEqual([{ field: 'name', reason: 'REQUIRED' }]);
    expect(issuesOf(() => checkActorInput({ description: 'neu' }, 'update'))).toEqual([]);
    expect(issuesOf(() => checkActorInput({ name: null }, 'update'))).toEqual([
      { field: 'name', reason: 'REQUIRED' },
    ]);
    expect(issuesOf(() => checkActorInput({ statewide: null }, 'update'))).toEqual([
      { field: 'statewide', reason: 'NOT_BOOLEAN' },
    ]);
  });
});

describe('linksOf', () => {
  it('keeps absent lists absent, turns null into [] and de-duplicates and sorts ids', () => {
    expect(linksOf({ categoryIds: ['b', 'a', 'b'], regionIds: null })).toEqual({
      categoryIds: ['a', 'b'],
      regionIds: [],
    });
  });
});
