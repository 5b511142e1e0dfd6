import {
  DomainError,
  ENTITY_LABELS,
  type EntityType,
  type LocalizedText,
  WRITE_REFUSALS,
  type WriteOperation,
} from '@netzwerkstatt/domain';
import type { StoredState } from './write-path.repository.js';

/** The reasons the write path refuses, each with one message table. */
export const WRITE_REFUSAL_REASONS = {
  STALE_REVISION: 'STALE_REVISION',
  ID_TAKEN: 'ID_TAKEN',
  NOT_CREATOR: 'NOT_CREATOR',
  PROTECTED: 'PROTECTED',
  STEERING_ONLY: 'STEERING_ONLY',
  NOT_IN_TRASH: 'NOT_IN_TRASH',
  NOT_RESTORABLE: 'NOT_RESTORABLE',
} as const;

export function staleRevision(type: EntityType, current: StoredState): DomainError {
  const who = current.updatedByName;
  const kind = ENTITY_LABELS[type].singular;
  const message: LocalizedText = {
    de: `${kind.de}: ${who ? `${who} hat` : 'Jemand hat'} den Eintrag inzwischen geändert. Bitte vergleichen Sie Ihre Fassung mit der neuen und wählen Sie je Feld.`,
    en: `${kind.en}: ${who ? `${who} has` : 'someone has'} changed this record in the meantime. Please compare your version with the new one and choose per field.`,
  };
  return new DomainError('CONFLICT', WRITE_REFUSAL_REASONS.STALE_REVISION, message, [], {
    current: {
      revision: current.revision,
      updatedAt: current.updatedAt,
      updatedByName: current.updatedByName,
      values: current.snapshot,
    },
  });
}

export function idTaken(id: string): DomainError {
  return new DomainError('CONFLICT', WRITE_REFUSAL_REASONS.ID_TAKEN, {
    de: `Die ID „${id}“ ist bereits vergeben.`,
    en: `The id "${id}" is already taken.`,
  });
}

export function refused(operation: WriteOperation): DomainError {
  const reason =
    operation === 'delete' || operation === 'restore'
      ? WRITE_REFUSAL_REASONS.NOT_CREATOR
      : operation === 'steer' || operation === 'purge'
        ? WRITE_REFUSAL_REASONS.STEERING_ONLY
        : WRITE_REFUSAL_REASONS.PROTECTED;
  return new DomainError('FORBIDDEN', reason, WRITE_REFUSALS[operation]);
}

export function notInTrash(id: string): DomainError {
  return new DomainError('NOT_FOUND', WRITE_REFUSAL_REASONS.NOT_IN_TRASH, {
    de: `Im Papierkorb liegt kein Eintrag mit der ID „${id}“.`,
    en: `There is no record with id "${id}" in the Papierkorb.`,
  });
}

export function notRestorable(field: string): DomainError {
  const message = {
    de: `Der Wert von „${field}“ kann aus dieser Änderung nicht wiederhergestellt werden.`,
    en: `The value of "${field}" cannot be restored from this change.`,
  };
  return new DomainError('BAD_USER_INPUT', WRITE_REFUSAL_REASONS.NOT_RESTORABLE, message, [
    { field: 'field', reason: WRITE_REFUSAL_REASONS.NOT_RESTORABLE, message },
  ]);
}
