import { MAX_MENTION_ITEMS, toMentionItems } from './mentionItems';

const hit = (id: string, type: string, title = `Titel ${id}`) => ({ id, type, title });

describe('toMentionItems', () => {
  it('turns hits into what a mention carries: id, label and kind', () => {
    expect(toMentionItems([hit('a1', 'Actor', 'WelcomeCenter Halle')], '@')).toEqual([
      { id: 'a1', label: 'WelcomeCenter Halle', entityType: 'Actor' },
    ]);
  });

  it('offers actors and persons after @, the network’s topics after #', () => {
    const hits = [
      hit('a1', 'Actor'),
      hit('p1', 'Person'),
      hit('c1', 'Challenge'),
      hit('s1', 'SolutionApproach'),
      hit('g1', 'GoodPractice'),
      hit('f1', 'ActionField'),
      hit('r1', 'Region'),
      hit('l1', 'Guideline'),
    ];
    expect(toMentionItems(hits, '@').map((item) => item.id)).toEqual(['a1', 'p1']);
    expect(toMentionItems(hits, '#').map((item) => item.id)).toEqual(['c1', 's1', 'g1', 'f1']);
  });

  it('keeps the search order, each thing once, and at most a handful', () => {
    const hits = Array.from({ length: 20 }, (_, i) => hit(`a${i % 12}`, 'Actor'));
    const items = toMentionItems(hits, '@');
    expect(items).toHaveLength(MAX_MENTION_ITEMS);
    expect(items.map((item) => item.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
  });

  it('never inserts an empty label', () => {
    expect(toMentionItems([hit('c9', 'Challenge', '  ')], '#')[0].label).toBe('c9');
  });
});
