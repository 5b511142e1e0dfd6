import { differences, mergeValues, valuesFromInput } from './merge';

// The person loaded title "A", description "alt"; they changed the title, someone else the description.
const base = { title: 'A', description: 'alt', actionFieldId: 'f1' };
const mine = { title: 'Mein Titel', description: 'alt', actionFieldId: 'f1' };
const theirs = { title: 'A', description: 'Ihre Beschreibung', actionFieldId: 'f1', status: 'closed' };

describe('merging after someone else saved', () => {
  it('lists only fields that differ, suggesting the side that changed them', () => {
    expect(differences(mine, theirs, base)).toEqual([
      { field: 'title', mine: 'Mein Titel', theirs: 'A', suggested: 'mine' },
      { field: 'description', mine: 'alt', theirs: 'Ihre Beschreibung', suggested: 'theirs' },
    ]);
  });

  it('treats id lists in another order and null/undefined as the same', () => {
    expect(differences({ ids: ['b', 'a'], url: undefined }, { ids: ['a', 'b'], url: null }, {})).toEqual([]);
  });

  it('takes the chosen side per field into the form and keeps unsent fields as stored', () => {
    const values = {
      title: 'Mein Titel ',
      description: 'alt',
      actionFieldId: 'f1',
      status: 'open',
      year: '',
    };
    const merged = mergeValues(
      values,
      mine,
      { ...theirs, year: 2024 },
      { title: 'mine', description: 'theirs' },
    );
    expect(merged.values).toEqual({
      title: 'Mein Titel ',
      description: 'Ihre Beschreibung',
      actionFieldId: 'f1',
      status: 'closed',
      year: '2024',
    });
    // What is stored now is what the form compares with for "changed".
    expect(merged.initial).toEqual({
      title: 'A',
      description: 'Ihre Beschreibung',
      actionFieldId: 'f1',
      status: 'closed',
      year: '2024',
    });
  });

  it('shapes stored values like the form holds them', () => {
    expect(
      valuesFromInput(
        { description: null, statewide: 1, regionIds: ['r'], year: 2020, other: 'x' },
        { description: 'd', statewide: false, regionIds: [] as string[], year: '' },
      ),
    ).toEqual({ description: '', statewide: true, regionIds: ['r'], year: '2020' });
  });
});
