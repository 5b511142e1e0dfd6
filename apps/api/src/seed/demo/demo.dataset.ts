import { germanSortKey } from '@netzwerkstatt/domain';
import { SeedDataset } from '../seed-graph.js';
import { stableId } from '../stable-id.js';
import { DEMO_ACTORS } from './actors.data.js';
import { DEMO_CHALLENGES, DEMO_SOLUTIONS } from './challenges.data.js';
import { DEMO_GOOD_PRACTICES } from './good-practices.data.js';
import { DEMO_PEOPLE } from './people.data.js';

const demoId = (kind: string, key: string) => stableId(`demo:${kind}:${key}`);

/** The hand-written example data as node and relationship rows with stable ids. */
export function demoDataset(): SeedDataset {
  const actorId = (key: string) => demoId('actor', key);
  const challengeId = (key: string) => demoId('challenge', key);
  const solutionId = (key: string) => demoId('solution', key);
  const practiceId = (key: string) => demoId('good-practice', key);

  return {
    nodes: {
      Actor: DEMO_ACTORS.map((a) => ({
        id: actorId(a.key),
        props: {
          name: a.name,
          sortKey: germanSortKey(a.name),
          description: a.description,
          website: a.website,
          email: a.email,
          statewide: a.statewide ?? false,
        },
      })),
      Person: DEMO_PEOPLE.map((p) => ({
        id: demoId('person', p.key),
        props: {
          name: p.name,
          sortKey: germanSortKey(p.name),
          function: p.function,
          email: p.email,
          phone: p.phone ?? null,
        },
      })),
      Challenge: DEMO_CHALLENGES.map((c) => ({
        id: challengeId(c.key),
        props: {
          title: c.title,
          sortKey: germanSortKey(c.title),
          description: c.description,
          status: c.status,
          priority: c.priority,
        },
      })),
      SolutionApproach: DEMO_SOLUTIONS.map((s) => ({
        id: solutionId(s.key),
        props: {
          title: s.title,
          sortKey: germanSortKey(s.title),
          description: s.description,
          status: s.status,
        },
      })),
      GoodPractice: DEMO_GOOD_PRACTICES.map((g) => ({
        id: practiceId(g.key),
        props: {
          title: g.title,
          sortKey: germanSortKey(g.title),
          description: g.description,
          url: g.url,
          year: g.year,
        },
      })),
    },
    links: {
      IN_CATEGORY: DEMO_ACTORS.flatMap((a) => a.categories.map((to) => ({ from: actorId(a.key), to }))),
      WORKS_IN: DEMO_ACTORS.flatMap((a) => a.fields.map((to) => ({ from: actorId(a.key), to }))),
      ACTIVE_IN: DEMO_ACTORS.flatMap((a) => a.regions.map((to) => ({ from: actorId(a.key), to }))),
      WORKS_FOR: DEMO_PEOPLE.map((p) => ({
        from: demoId('person', p.key),
        to: actorId(p.actor),
        props: { role: p.role },
      })),
      IN_FIELD: DEMO_CHALLENGES.map((c) => ({ from: challengeId(c.key), to: c.field })),
      ADDRESSES: DEMO_SOLUTIONS.flatMap((s) =>
        s.addresses.map((c) => ({ from: solutionId(s.key), to: challengeId(c) })),
      ),
      CARRIES: DEMO_SOLUTIONS.flatMap((s) =>
        s.carriedBy.map((a) => ({ from: actorId(a), to: solutionId(s.key) })),
      ),
      EVIDENCES: DEMO_GOOD_PRACTICES.flatMap((g) =>
        g.evidences.map((s) => ({ from: practiceId(g.key), to: solutionId(s) })),
      ),
      PRACTISED_BY: DEMO_GOOD_PRACTICES.flatMap((g) =>
        g.practisedBy.map((a) => ({ from: practiceId(g.key), to: actorId(a) })),
      ),
    },
  };
}
