import { CollabRepository, type LoggedUpdate } from './collab.repository.js';
import type { Neo4jService } from '../database/neo4j.service.js';

/** A database whose writes take a while, counting transactions and the updates each carried. */
function slowNeo4j() {
  const transactions: number[] = [];
  const neo4j = {
    write: async (work: (tx: unknown) => Promise<unknown>) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return work({
        run: async (_query: string, params: { updates: unknown[] }) =>
          transactions.push(params.updates.length),
      });
    },
  } as unknown as Neo4jService;
  return { neo4j, transactions };
}

const update = (guidelineId: string, seq: number): LoggedUpdate => ({
  guidelineId,
  seq,
  update: Uint8Array.from([0, 0]),
  userId: 'u1',
});

describe('CollabRepository.append', () => {
  it('writes what documents hand in meanwhile in one transaction', async () => {
    const { neo4j, transactions } = slowNeo4j();
    const repository = new CollabRepository(neo4j);
    const first = repository.append([update('g1', 1)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    // While the first write is in flight, three documents hand in their batches.
    await Promise.all([
      first,
      repository.append([update('g1', 2), update('g1', 3)]),
      repository.append([update('g2', 1)]),
      repository.append([update('g3', 1)]),
    ]);
    expect(transactions).toEqual([1, 4]);
  });
});
