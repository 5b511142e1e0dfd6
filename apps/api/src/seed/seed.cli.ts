import { INestApplicationContext } from '@nestjs/common';
import { SEED_REFUSALS, badField } from '@netzwerkstatt/domain';
import { removeDemo, removeSynthetic, seedDemo, seedSynthetic } from './seed.commands.js';

/** The seed commands of the CLI (apps/api/src/cli), with their options as parsed there. */
export const SEED_COMMANDS = ['seed:demo', 'seed:demo:remove', 'seed:synthetic'] as const;

export const SEED_USAGE = [
  '  seed:demo                 Beispieldaten anlegen / seed the example dataset (:Demo)',
  '  seed:demo:remove          Beispieldaten entfernen / remove exactly the :Demo nodes',
  '  seed:synthetic --actors <N> [--seed <number>]   synthetische Daten für Lasttests / synthetic data (:Synthetic)',
  '  seed:synthetic --remove   synthetische Daten entfernen / remove synthetic data',
];

/** parseArgs option definitions the seed commands add. */
export const SEED_OPTIONS = {
  actors: { type: 'string' },
  seed: { type: 'string' },
  remove: { type: 'boolean' },
} as const;

export interface SeedCliOptions {
  actors?: string;
  seed?: string;
  remove?: boolean;
}

export function isSeedCommand(command: string): boolean {
  return (SEED_COMMANDS as readonly string[]).includes(command);
}

/** Runs one seed command and prints its result line; bad numbers are BAD_USER_INPUT DomainErrors. */
export async function runSeedCommand(
  command: string,
  options: SeedCliOptions,
  app: INestApplicationContext,
  out: (line: string) => void,
): Promise<void> {
  switch (command) {
    case 'seed:demo':
      return out(await seedDemo(app));
    case 'seed:demo:remove':
      return out(await removeDemo(app));
    case 'seed:synthetic': {
      if (options.remove) return out(await removeSynthetic(app));
      if (options.actors === undefined) throw missingActors();
      const seed = options.seed === undefined ? undefined : Number(options.seed);
      if (seed !== undefined && !Number.isInteger(seed)) throw badSeed();
      return out(await seedSynthetic(app, { actors: Number(options.actors), seed }));
    }
  }
}

function missingActors() {
  return badField('actors', SEED_REFUSALS.actorsMissing());
}

function badSeed() {
  return badField('seed', SEED_REFUSALS.seedNotInteger());
}
