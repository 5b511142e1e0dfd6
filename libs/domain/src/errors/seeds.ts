import { type Refusal, refusal } from './domain-error.js';
import { REASONS } from './reasons.js';

/** Why the seeds and their command line refuse (besides REASONS). */
export const SEED_REASONS = {
  REQUIRED: REASONS.REQUIRED,
  NOT_INTEGER: 'NOT_INTEGER',
  OUT_OF_RANGE: REASONS.OUT_OF_RANGE,
  SYNTHETIC_DATA_EXISTS: 'SYNTHETIC_DATA_EXISTS',
  NOT_FOUND: REASONS.NOT_FOUND,
} as const;

/** Their messages. */
export const SEED_REFUSALS = {
  actorsMissing: (): Refusal =>
    refusal(
      SEED_REASONS.REQUIRED,
      '--actors <Anzahl> fehlt (oder --remove).',
      '--actors <count> is missing (or --remove).',
    ),
  seedNotInteger: (): Refusal =>
    refusal(SEED_REASONS.NOT_INTEGER, '--seed muss eine ganze Zahl sein.', '--seed must be a whole number.'),
  actorsOutOfRange: (max: number): Refusal =>
    refusal(
      SEED_REASONS.OUT_OF_RANGE,
      `--actors muss eine ganze Zahl zwischen 1 und ${max.toLocaleString('de-DE')} sein.`,
      `--actors must be a whole number between 1 and ${max.toLocaleString('en-GB')}.`,
    ),
  syntheticDataExists: (): Refusal =>
    refusal(
      SEED_REASONS.SYNTHETIC_DATA_EXISTS,
      'Es gibt bereits synthetische Daten. Erst mit --remove entfernen.',
      'Synthetic data exists already. Remove it first with --remove.',
    ),
  /** The agreement is seeded before the server listens: missing, the database is broken, not the input. */
  agreementMissing: (): Refusal =>
    refusal(
      SEED_REASONS.NOT_FOUND,
      'Die Netzwerkvereinbarung ist nicht in der Datenbank.',
      'The network agreement is not in the database.',
    ),
};
