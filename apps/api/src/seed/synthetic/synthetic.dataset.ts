import {
  ACTION_FIELDS,
  ACTOR_CATEGORIES,
  REGIONS,
  categoryPlacements,
  germanSortKey,
} from '@netzwerkstatt/domain';
import {
  SEED_LINKS,
  SEED_NODE_LABELS,
  SeedDataset,
  SeedLinkRow,
  SeedLinkType,
  SeedNodeRow,
} from '../seed-graph.js';
import { stableId } from '../stable-id.js';
import { Prng } from './prng.js';

export const DEFAULT_SYNTHETIC_SEED = 20240229;

// Word pools for plausible German names, umlauts and ß included so sorting and search see real text.
const ORGANISATIONS = [
  'Beratungsstelle',
  'Netzwerk',
  'Verein',
  'Zentrum',
  'Agentur',
  'Initiative',
  'Bildungswerk',
  'Servicestelle',
  'Fachstelle',
  'Büro',
  'Gesellschaft',
  'Stiftung',
  'Treffpunkt',
  'Kontaktstelle',
];
const TOPICS = [
  'Anerkennung',
  'Integration',
  'Fachkräfte',
  'Ausbildung',
  'Willkommen',
  'Übergang',
  'Sprache',
  'Arbeit',
  'Teilhabe',
  'Vielfalt',
  'Qualifizierung',
  'Begegnung',
  'Öffnung',
  'Zukunft',
  'Weiterbildung',
  'Straßenarbeit',
];
const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chiara',
  'Dmytro',
  'Emine',
  'Fatima',
  'Jörg',
  'Hoa',
  'Ilka',
  'Jamal',
  'Katarzyna',
  'Lukas',
  'Maryam',
  'Nils',
  'Olena',
  'Pedro',
  'Rüdiger',
  'Sanaa',
  'Till',
  'Ümit',
  'Vera',
  'Wei',
  'Yara',
  'Zoë',
];
const LAST_NAMES = [
  'Synthese',
  'Probe',
  'Testmann',
  'Muster',
  'Beispiel',
  'Exempel',
  'Größe',
  'Übung',
  'Vorlage',
  'Modell',
];
const FUNCTIONS = [
  'Beratung',
  'Leitung',
  'Koordination',
  'Projektleitung',
  'Sachbearbeitung',
  'Ehrenamtskoordination',
];
const PROBLEMS = [
  'Wartezeiten bei',
  'Fehlende Informationen zu',
  'Sprachbarrieren bei',
  'Unklare Zuständigkeit für',
  'Zu wenig Personal für',
  'Fehlende Angebote zur',
];
const REMEDIES = [
  'Lotsendienst für',
  'Checkliste zur',
  'Mehrsprachige Beratung zu',
  'Kooperationsvereinbarung zur',
  'Mentoring-Programm für',
  'Digitale Sprechstunde zur',
];
const CHALLENGE_STATUS = ['open', 'open', 'in_progress', 'addressed'];
const PRIORITIES = ['high', 'medium', 'low'];
const SOLUTION_STATUS = ['proposed', 'piloting', 'established'];

const FIELD_KEYS = ACTION_FIELDS.map((f) => f.key);
const CATEGORY_KEYS = ACTOR_CATEGORIES.map((c) => c.key);
const FIELDS_BY_CATEGORY = new Map<string, string[]>();
for (const p of categoryPlacements()) {
  FIELDS_BY_CATEGORY.set(p.categoryKey, [...(FIELDS_BY_CATEGORY.get(p.categoryKey) ?? []), p.actionFieldKey]);
}

export interface SyntheticSize {
  actors: number;
  persons: number;
  challenges: number;
  solutions: number;
  goodPractices: number;
}

/** N actors, about N/2 persons and N/5 each of challenges, solution approaches and good practices. */
export function syntheticSize(actors: number): SyntheticSize {
  const fifth = Math.max(1, Math.round(actors / 5));
  return {
    actors,
    persons: Math.max(1, Math.round(actors / 2)),
    challenges: fifth,
    solutions: fifth,
    goodPractices: fifth,
  };
}

const pad = (n: number) => String(n).padStart(6, '0');
const synId = (kind: string, n: number) => stableId(`synthetic:${kind}:${n}`);

/**
 * The whole synthetic graph for `actors` actors, deterministic for a given seed. At N = 10 000 it has
 * about 21 000 nodes and 100 000 relationships; that is small enough to build in memory before writing.
 */
export function syntheticDataset(actors: number, seed = DEFAULT_SYNTHETIC_SEED): SeedDataset {
  const size = syntheticSize(actors);
  const prng = new Prng(seed);
  const nodes = Object.fromEntries(
    SEED_NODE_LABELS.map((label) => [label, [] as SeedNodeRow[]]),
  ) as SeedDataset['nodes'];
  const links = Object.fromEntries(
    Object.keys(SEED_LINKS).map((type) => [type, [] as SeedLinkRow[]]),
  ) as SeedDataset['links'];
  const link = (type: SeedLinkType, from: string, to: string, props?: Record<string, unknown>) =>
    links[type].push(props ? { from, to, props } : { from, to });

  const actorIds: string[] = [];
  for (let i = 1; i <= size.actors; i++) {
    const id = synId('actor', i);
    actorIds.push(id);
    const region = prng.pick(REGIONS);
    const name = `${prng.pick(ORGANISATIONS)} ${prng.pick(TOPICS)} ${region.name} ${pad(i)} (synthetisch)`;
    const statewide = prng.chance(0.08);
    nodes.Actor.push({
      id,
      props: {
        name,
        sortKey: germanSortKey(name),
        description: `Synthetischer Akteur für Last- und Suchtests: ${prng.pick(TOPICS)} und ${prng.pick(TOPICS)}.`,
        website: `https://akteur-${pad(i)}.synthetic.example.org`,
        email: `kontakt@akteur-${pad(i)}.synthetic.example.org`,
        statewide,
      },
    });
    const categories = prng.sample(CATEGORY_KEYS, prng.int(1, 3));
    categories.forEach((key) => link('IN_CATEGORY', id, key));
    // Mostly fields the categories are placed in, topped up from all fields.
    const fieldCount = prng.int(1, 5);
    const fields = new Set(
      prng.sample([...new Set(categories.flatMap((c) => FIELDS_BY_CATEGORY.get(c) ?? []))], fieldCount),
    );
    for (const key of prng.sample(FIELD_KEYS, fieldCount)) if (fields.size < fieldCount) fields.add(key);
    fields.forEach((key) => link('WORKS_IN', id, key));
    if (!statewide) {
      const regions = new Set([region.key, ...prng.sample(REGIONS, prng.int(0, 3)).map((r) => r.key)]);
      regions.forEach((key) => link('ACTIVE_IN', id, key));
    }
  }

  for (let i = 1; i <= size.persons; i++) {
    const id = synId('person', i);
    const name = `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
    const fn = prng.pick(FUNCTIONS);
    nodes.Person.push({
      id,
      props: {
        name,
        sortKey: germanSortKey(name),
        function: fn,
        email: `person-${pad(i)}@synthetic.example.org`,
        phone: null,
      },
    });
    const employers = prng.sample(actorIds, prng.chance(0.2) ? 2 : 1);
    employers.forEach((actorId) => link('WORKS_FOR', id, actorId, { role: fn }));
  }

  const challengeIds: string[] = [];
  for (let i = 1; i <= size.challenges; i++) {
    const id = synId('challenge', i);
    challengeIds.push(id);
    const title = `${prng.pick(PROBLEMS)} ${prng.pick(TOPICS)} ${pad(i)} (synthetisch)`;
    nodes.Challenge.push({
      id,
      props: {
        title,
        sortKey: germanSortKey(title),
        description: 'Synthetische Herausforderung für Last- und Suchtests.',
        status: prng.pick(CHALLENGE_STATUS),
        priority: prng.pick(PRIORITIES),
      },
    });
    link('IN_FIELD', id, prng.pick(FIELD_KEYS));
  }

  const solutionIds: string[] = [];
  for (let i = 1; i <= size.solutions; i++) {
    const id = synId('solution', i);
    solutionIds.push(id);
    const title = `${prng.pick(REMEDIES)} ${prng.pick(TOPICS)} ${pad(i)} (synthetisch)`;
    nodes.SolutionApproach.push({
      id,
      props: {
        title,
        sortKey: germanSortKey(title),
        description: 'Synthetischer Lösungsansatz für Last- und Suchtests.',
        status: prng.pick(SOLUTION_STATUS),
      },
    });
    prng.sample(challengeIds, prng.int(1, 3)).forEach((challengeId) => link('ADDRESSES', id, challengeId));
    prng.sample(actorIds, prng.int(1, 6)).forEach((actorId) => link('CARRIES', actorId, id));
  }

  for (let i = 1; i <= size.goodPractices; i++) {
    const id = synId('good-practice', i);
    const title = `Gute Praxis ${prng.pick(TOPICS)} ${pad(i)} (synthetisch)`;
    nodes.GoodPractice.push({
      id,
      props: {
        title,
        sortKey: germanSortKey(title),
        description: 'Synthetisches Beispiel guter Praxis für Last- und Suchtests.',
        url: `https://gute-praxis.synthetic.example.org/${pad(i)}`,
        year: prng.int(2019, 2025),
      },
    });
    prng.sample(solutionIds, prng.int(1, 2)).forEach((solutionId) => link('EVIDENCES', id, solutionId));
    prng.sample(actorIds, prng.int(1, 3)).forEach((actorId) => link('PRACTISED_BY', id, actorId));
  }

  return { nodes, links };
}
