import { searchTerms, toLuceneQuery } from './lucene-query.js';

describe('toLuceneQuery', () => {
  it('requires every word and matches the last one as a prefix', () => {
    expect(toLuceneQuery('Köln Cent')).toBe('+Köln +(Cent OR Cent*)');
  });

  it('lets longer words match inside a German compound, cut to a light stem', () => {
    expect(toLuceneQuery('Beratung Kammer')).toBe('+(Beratung OR *Beratung*) +(Kammer OR Kammer* OR *Kamm*)');
    expect(toLuceneQuery('Halle Ort')).toBe('+(Halle OR *Hall*) +(Ort OR Ort*)');
  });

  it('gives the inside-a-compound clause to the first four long words only', () => {
    const query = toLuceneQuery('Beratung Kammer Zentrum Agentur Netzwerk Sprache kurz Stelle')!;
    expect(query).toBe(
      '+(Beratung OR *Beratung*) +(Kammer OR *Kamm*) +(Zentrum OR *Zentrum*) +(Agentur OR *Agentur*) ' +
        '+Netzwerk +Sprache +kurz +(Stelle OR Stelle*)',
    );
    expect(query.match(/\*\w+\*/g)).toHaveLength(4);
  });

  it('leaves no query syntax from user text', () => {
    const query = toLuceneQuery('C++ (Köln) AND: "x" OR ~y* NOT z\\ [a TO b]');
    expect(query).toBe('+C +Köln +x +y +z +a +(b OR b*)');
    expect(toLuceneQuery('AND OR')).toBe('+and +(or OR or*)');
    expect(toLuceneQuery('and')).toBe('+(and OR and*)');
  });

  it('keeps umlauts, ß and digits', () => {
    expect(searchTerms('Straße 12 Übergänge')).toEqual(['Straße', '12', 'Übergänge']);
  });

  it('asks only the given fields, each word in any of them', () => {
    expect(toLuceneQuery('Beratung Köln', ['name', 'description'])).toBe(
      '+(name:Beratung OR name:*Beratung* OR description:Beratung OR description:*Beratung*) ' +
        '+(name:Köln OR name:Köln* OR description:Köln OR description:Köln*)',
    );
    expect(toLuceneQuery('Rat Köln', ['name'])).toBe('+name:Rat +(name:Köln OR name:Köln*)');
    expect(toLuceneQuery('C++ AND: x', ['name'])).toBe('+name:C +(name:x OR name:x*)');
    expect(toLuceneQuery('   ', ['name'])).toBeNull();
  });

  it('refuses field names that are not plain names', () => {
    expect(() => toLuceneQuery('Köln', [])).toThrow();
    expect(() => toLuceneQuery('Köln', ['name:x'])).toThrow();
    expect(() => toLuceneQuery('Köln', ['na me'])).toThrow();
  });

  it('returns null for blank or punctuation-only text', () => {
    expect(toLuceneQuery('')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
    expect(toLuceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
    expect(toLuceneQuery(undefined)).toBeNull();
  });

  it('bounds the number of words', () => {
    const many = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(searchTerms(many)).toHaveLength(12);
  });
});
