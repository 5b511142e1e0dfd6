import { CHALLENGE_PRIORITIES, CHALLENGE_STATUSES } from '../../challenges/challenge.types.js';
import { SOLUTION_STATUSES } from '../../solutions/solution.types.js';
import { SEED_LINKS, SeedLinkType } from '../seed-graph.js';
import { syntheticDataset, syntheticSize } from './synthetic.dataset.js';

const relationshipCount = (dataset: ReturnType<typeof syntheticDataset>) =>
  (Object.keys(SEED_LINKS) as SeedLinkType[]).reduce((sum, type) => sum + dataset.links[type].length, 0);

describe('the synthetic dataset', () => {
  it('is the same for the same seed and different for another', () => {
    const a = syntheticDataset(200, 1);
    expect(syntheticDataset(200, 1)).toEqual(a);
    expect(syntheticDataset(200, 2).nodes.Actor[0].props.name).not.toEqual(a.nodes.Actor[0].props.name);
  });

  it('sizes persons, challenges, solutions and good practices from the actor count', () => {
    expect(syntheticSize(10_000)).toEqual({
      actors: 10_000,
      persons: 5_000,
      challenges: 2_000,
      solutions: 2_000,
      goodPractices: 2_000,
    });
    const dataset = syntheticDataset(200);
    expect(dataset.nodes.Actor).toHaveLength(200);
    expect(dataset.nodes.Person).toHaveLength(100);
    expect(dataset.nodes.Challenge).toHaveLength(40);
  });

  it('gives about ten relationships per actor, so 10 000 actors make about 100 000', () => {
    const perActor = relationshipCount(syntheticDataset(2_000)) / 2_000;
    expect(perActor).toBeGreaterThan(9);
    expect(perActor).toBeLessThan(11);
  });

  it('never links a node to the same other node twice with one type', () => {
    const dataset = syntheticDataset(500);
    for (const type of Object.keys(SEED_LINKS) as SeedLinkType[]) {
      const pairs = dataset.links[type].map((row) => `${row.from}>${row.to}`);
      expect({ type, duplicates: pairs.length - new Set(pairs).size }).toEqual({ type, duplicates: 0 });
    }
  });

  it('uses only the statuses and priorities the challenge and solution modules accept', () => {
    const dataset = syntheticDataset(300);
    for (const row of dataset.nodes.Challenge) {
      expect(CHALLENGE_STATUSES).toContain(row.props.status);
      expect(CHALLENGE_PRIORITIES).toContain(row.props.priority);
    }
    for (const row of dataset.nodes.SolutionApproach) expect(SOLUTION_STATUSES).toContain(row.props.status);
  });
});
