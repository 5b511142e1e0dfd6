import { randomUUID } from 'node:crypto';
import { yDocToJSON } from '@netzwerkstatt/editor';
import { TemplateSeeder } from '../../src/seed/templates/template.seeder.js';
import { failure, graphTag, ok } from '../support/factories-graph.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { editor, newGuideline, paragraph, until, type Editor } from '../collab/collab-clients.js';
import { liveText, synced, PATIENCE } from './versions-clients.js';

const TEMPLATES = `{ guidelineTemplates(first: 100) { edges { node { id name description sections seeded } } } }`;
const CREATE = `mutation ($input: CreateGuidelineInput!) { createGuideline(input: $input) { id } }`;
const SAVE = `mutation ($input: SaveGuidelineAsTemplateInput!) {
  saveGuidelineAsTemplate(input: $input) { id name description sections seeded createdByName }
}`;

interface Template {
  id: string;
  name: string;
  description: string | null;
  sections: string[];
  seeded: boolean;
}

describe('guideline templates', () => {
  let t: TestApp;
  let member: string;
  const open: Editor[] = [];
  const connect = (id: string) => {
    const client = editor(t, id, member);
    open.push(client);
    return client;
  };

  beforeAll(async () => {
    t = await startTestApp();
    member = await t.tokenFor('member');
  }, 120_000);
  afterEach(() => open.splice(0).forEach((client) => client.destroy()));
  afterAll(() => t.close());

  const templates = async () =>
    ok(
      await t.gql<{ guidelineTemplates: { edges: { node: Template }[] } }>(TEMPLATES, {}, member),
    ).guidelineTemplates.edges.map((edge) => edge.node);

  const seeded = async (name: string) => {
    const found = (await templates()).find((template) => template.seeded && template.name === name);
    if (!found) throw new Error(`no seeded template ${name}`);
    return found;
  };

  it('seeds „Handlungsleitfaden“ with the usual sections and „Checkliste“, once', async () => {
    const guideline = await seeded('Handlungsleitfaden');
    expect(guideline.sections).toEqual([
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
    expect((await seeded('Checkliste')).sections).toEqual([
      'Vorbereitung',
      'Durchführung',
      'Nachbereitung',
      'Ansprechpersonen',
    ]);
    // Every start seeds again: nothing new.
    expect(await t.app.get(TemplateSeeder).seed()).toBe(0);
    expect((await templates()).filter((template) => template.seeded)).toHaveLength(2);
  });

  it('a new guideline from the template has its sections once, with two clients opening it at once', async () => {
    const template = await seeded('Handlungsleitfaden');
    const { createGuideline } = ok(
      await t.gql<{ createGuideline: { id: string } }>(
        CREATE,
        { input: { title: 'Aus der Vorlage', templateId: template.id } },
        member,
      ),
    );
    const [a, b] = [connect(createGuideline.id), connect(createGuideline.id)];
    await Promise.all([synced(a), synced(b)]);
    for (const client of [a, b]) {
      const headings = (yDocToJSON(client.doc).content ?? []).filter((node) => node.type === 'heading');
      expect(headings).toHaveLength(template.sections.length);
      expect(client.text().split('Zweck und Zielgruppe')).toHaveLength(2);
    }
    expect(a.text()).toBe(b.text());
    const contents = await t.neo4j.read((tx) =>
      tx.run('MATCH (:Guideline {id: $id})-[:HAS_CONTENT]->(c) RETURN count(c) AS n', {
        id: createGuideline.id,
      }),
    );
    expect(Number(contents.records[0].get('n'))).toBe(1);
  });

  it('an unknown template is NOT_FOUND and creates nothing', async () => {
    const title = `Ohne Vorlage ${randomUUID()}`;
    const body = await t.gql(CREATE, { input: { title, templateId: randomUUID() } }, member);
    expect(failure(body).code).toBe('NOT_FOUND');
    const result = await t.neo4j.read((tx) =>
      tx.run('MATCH (g:Guideline {title: $title}) RETURN count(g) AS n', { title }),
    );
    expect(Number(result.records[0].get('n'))).toBe(0);
  });

  it('saves a guideline as a template that the next guideline starts from', async () => {
    const source = await newGuideline(t, member, 'Vorbild');
    const writer = connect(source);
    await synced(writer);
    paragraph(writer.doc).insert(0, 'Bewährter Ablauf für Betriebe');
    await until(
      async () => (await liveText(t, source, member)) === 'Bewährter Ablauf für Betriebe',
      PATIENCE,
    );

    const id = randomUUID();
    const name = `Ablauf Betriebe ${graphTag()}`;
    const input = { id, guidelineId: source, name, description: 'Aus dem Vorbild' };
    const saved = ok(
      await t.gql<{ saveGuidelineAsTemplate: Template }>(SAVE, { input }, member),
    ).saveGuidelineAsTemplate;
    expect(saved).toMatchObject({ id, name, seeded: false, sections: [], createdByName: 'Test member' });
    // Sent again with the same id: the same template, not a second one.
    expect(
      ok(await t.gql<{ saveGuidelineAsTemplate: Template }>(SAVE, { input }, member)).saveGuidelineAsTemplate
        .id,
    ).toBe(id);
    expect((await templates()).filter((template) => template.name === name)).toHaveLength(1);

    const { createGuideline } = ok(
      await t.gql<{ createGuideline: { id: string } }>(
        CREATE,
        { input: { title: 'Nach dem Vorbild', templateId: id } },
        member,
      ),
    );
    expect(await liveText(t, createGuideline.id, member)).toBe('Bewährter Ablauf für Betriebe');
  });

  it('refuses a template without a name', async () => {
    const source = await newGuideline(t, member, 'Ohne Namen');
    const body = await t.gql(SAVE, { input: { guidelineId: source, name: ' ' } }, member);
    expect(failure(body)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
  });
});
