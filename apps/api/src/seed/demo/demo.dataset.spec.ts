import { ACTION_FIELDS, ACTOR_CATEGORIES, REGIONS } from '@netzwerkstatt/domain';
import { CHALLENGE_PRIORITIES, CHALLENGE_STATUSES } from '../../challenges/challenge.types.js';
import { SOLUTION_STATUSES } from '../../solutions/solution.types.js';
import { SEED_LINKS, SeedLinkType } from '../seed-graph.js';
import { DEMO_ACTORS } from './actors.data.js';
import { DEMO_CHALLENGES, DEMO_SOLUTIONS } from './challenges.data.js';
import { DEMO_PEOPLE } from './people.data.js';
import { demoDataset } from './demo.dataset.js';

describe('the demo dataset', () => {
  const dataset = demoDataset();
  const idsOf = (label: keyof typeof dataset.nodes) => new Set(dataset.nodes[label].map((row) => row.id));

  it('has at least 40 actors across all 9 fields and all 14 regions, some statewide', () => {
    expect(DEMO_ACTORS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEMO_ACTORS.flatMap((a) => a.fields))).toEqual(new Set(ACTION_FIELDS.map((f) => f.key)));
    expect(new Set(DEMO_ACTORS.flatMap((a) => a.regions))).toEqual(new Set(REGIONS.map((r) => r.key)));
    expect(DEMO_ACTORS.filter((a) => a.statewide).length).toBeGreaterThanOrEqual(5);
    expect(DEMO_ACTORS.filter((a) => a.statewide && a.regions.length > 0)).toEqual([]);
  });

  it('marks every example as one and uses only example domains', () => {
    for (const row of Object.values(dataset.nodes).flat()) {
      const text = `${row.props.name ?? row.props.title} ${row.props.description ?? ''}`;
      if (!('function' in row.props)) expect(text).toMatch(/Beispiel/);
      for (const key of ['email', 'website', 'url'] as const) {
        const value = row.props[key];
        if (typeof value === 'string') expect(value).toMatch(/(^|[@./])example\.(org|de)(\/|$)/);
      }
    }
    for (const person of DEMO_PEOPLE) expect(person.email.split('@')[0]).not.toMatch(/\./);
  });

  it('has at least 20 challenge → solution pairs across all nine fields', () => {
    expect(DEMO_CHALLENGES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(DEMO_CHALLENGES.map((c) => c.field))).toEqual(new Set(ACTION_FIELDS.map((f) => f.key)));
    for (const solution of DEMO_SOLUTIONS) expect(solution.carriedBy.length).toBeGreaterThan(0);
  });

  it('uses only the statuses and priorities the challenge and solution modules accept', () => {
    for (const c of DEMO_CHALLENGES) {
      expect(CHALLENGE_STATUSES).toContain(c.status);
      expect(CHALLENGE_PRIORITIES).toContain(c.priority);
    }
    for (const s of DEMO_SOLUTIONS) expect(SOLUTION_STATUSES).toContain(s.status);
  });

  it('links only to things that exist, so no relationship is silently dropped', () => {
    const reference: Record<string, Set<string>> = {
      ActorCategory: new Set(ACTOR_CATEGORIES.map((c) => c.key)),
      ActionField: new Set(ACTION_FIELDS.map((f) => f.key)),
      Region: new Set(REGIONS.map((r) => r.key)),
      Actor: idsOf('Actor'),
      Challenge: idsOf('Challenge'),
      SolutionApproach: idsOf('SolutionApproach'),
    };
    for (const type of Object.keys(SEED_LINKS) as SeedLinkType[]) {
      const spec = SEED_LINKS[type];
      const from = idsOf(spec.from);
      for (const row of dataset.links[type]) {
        expect({ type, from: from.has(row.from) }).toEqual({ type, from: true });
        expect({ type, to: row.to, found: reference[spec.to].has(row.to) }).toEqual({
          type,
          to: row.to,
          found: true,
        });
      }
    }
  });

  it('gives each node a unique, stable id', () => {
    const all = Object.values(dataset.nodes)
      .flat()
      .map((row) => row.id);
    expect(new Set(all).size).toBe(all.length);
    expect(demoDataset().nodes.Actor[0].id).toBe(dataset.nodes.Actor[0].id);
  });
});
