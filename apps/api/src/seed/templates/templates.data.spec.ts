import { editorSchema, jsonToText } from '@netzwerkstatt/editor';
import { SEED_TEMPLATES, templateSeedId } from './templates.data.js';

describe('the seeded templates', () => {
  it.each(SEED_TEMPLATES.map((template) => [template.name, template]))(
    '%s fits the editor schema',
    (_name, template) => {
      expect(() => editorSchema().nodeFromJSON(template.json).check()).not.toThrow();
    },
  );

  it('give the Handlungsleitfaden the usual sections, in order', () => {
    const guideline = SEED_TEMPLATES.find((template) => template.key === 'handlungsleitfaden')!;
    const headings = (guideline.json.content ?? [])
      .filter((node) => node.type === 'heading')
      .map((node) => jsonToText({ type: 'doc', content: [node] }));
    expect(headings).toEqual([
      'Steckbrief',
      'Zweck und Zielgruppe',
      'Ausgangslage und Herausforderung',
      'Rechtliche Grundlagen',
      'Prozesskette Schritt für Schritt',
      'Ansprechpersonen je Region',
      'Förderprogramme',
      'Beispiele guter Praxis',
      'Stolpersteine und häufige Fragen',
      'Checkliste',
      'Glossar in einfacher Sprache',
      'Quellen und Versionsverlauf',
    ]);
  });

  it('have stable ids of their own', () => {
    const ids = SEED_TEMPLATES.map((template) => templateSeedId(template.key));
    expect(new Set(ids).size).toBe(SEED_TEMPLATES.length);
    expect(templateSeedId('checkliste')).toBe(templateSeedId('checkliste'));
  });
});
