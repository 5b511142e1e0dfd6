import { Injectable } from '@nestjs/common';
import { SEED_REFUSALS, badField, conflict } from '@netzwerkstatt/domain';
import { SEED_LINKS, SEED_NODE_LABELS, SeedLinkType } from '../seed-graph.js';
import { Progress, ProgressStream } from './progress.js';
import { DEFAULT_SYNTHETIC_SEED, syntheticDataset } from './synthetic.dataset.js';
import { SyntheticSeedRepository } from './synthetic-seed.repository.js';

export const SYNTHETIC_MAX_ACTORS = 1_000_000;

export interface SyntheticOptions {
  actors: number;
  seed?: number;
  /** Rows per transaction. */
  batchSize?: number;
  /** Where the progress line goes; stderr by default. */
  progress?: ProgressStream;
}

export interface SyntheticReport {
  nodes: number;
  relationships: number;
  seconds: number;
}

/** Generates a large, repeatable graph (label :Synthetic) for benchmarks and scale tests. */
@Injectable()
export class SyntheticSeeder {
  constructor(private readonly repository: SyntheticSeedRepository) {}

  async seed(options: SyntheticOptions): Promise<SyntheticReport> {
    const { actors, seed = DEFAULT_SYNTHETIC_SEED, batchSize = 1000 } = options;
    if (!Number.isInteger(actors) || actors < 1 || actors > SYNTHETIC_MAX_ACTORS) {
      throw badField('actors', SEED_REFUSALS.actorsOutOfRange(SYNTHETIC_MAX_ACTORS));
    }
    if (await this.repository.exists()) {
      throw conflict(SEED_REFUSALS.syntheticDataExists());
    }

    const dataset = syntheticDataset(actors, seed);
    const nodeCount = SEED_NODE_LABELS.reduce((sum, label) => sum + dataset.nodes[label].length, 0);
    const linkTypes = Object.keys(SEED_LINKS) as SeedLinkType[];
    const linkCount = linkTypes.reduce((sum, type) => sum + dataset.links[type].length, 0);
    const progress = new Progress('Synthetische Daten', nodeCount + linkCount, options.progress);

    // Nodes first: every relationship batch then finds both of its ends.
    for (const label of SEED_NODE_LABELS) {
      for (const batch of chunks(dataset.nodes[label], batchSize)) {
        await this.repository.createNodes(label, batch);
        progress.advance(batch.length);
      }
    }
    for (const type of linkTypes) {
      for (const batch of chunks(dataset.links[type], batchSize)) {
        await this.repository.createLinks(type, batch);
        progress.advance(batch.length);
      }
    }
    return { nodes: nodeCount, relationships: linkCount, seconds: progress.elapsed() };
  }

  /** Deletes all :Synthetic nodes in batches; returns how many were deleted. */
  async remove(options: { batchSize?: number; progress?: ProgressStream } = {}): Promise<number> {
    const batchSize = options.batchSize ?? 1000;
    const total = await this.repository.count();
    const progress = new Progress('Synthetische Daten entfernen', total, options.progress);
    let deleted = 0;
    for (;;) {
      const removed = await this.repository.removeBatch(batchSize);
      if (removed === 0) break;
      deleted += removed;
      progress.advance(removed);
    }
    return deleted;
  }
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
