import {
  DomainError,
  ENTITY_LABELS,
  STEERING_RECORD_TYPES,
  type EntityType,
  WRITE_REFUSALS,
  type WriteOperation,
  badField,
  refuse,
} from '@netzwerkstatt/domain';
import type { StoredState } from './write-path.repository.js';

// The write path's refusals, with the messages of WRITE_REFUSALS (libs/domain).

/** CONFLICT with the stored values, so the client can show both versions side by side. */
export function staleRevision(type: EntityType, current: StoredState): DomainError {
  const refusal = WRITE_REFUSALS.staleRevision(ENTITY_LABELS[type].singular, current.updatedByName);
  return refuse('CONFLICT', refusal, [], {
    current: {
      revision: current.revision,
      updatedAt: current.updatedAt,
      updatedByName: current.updatedByName,
      values: current.snapshot,
    },
  });
}

export function idTaken(id: string): DomainError {
  return refuse('CONFLICT', WRITE_REFUSALS.idTaken(id));
}

export function badClientId(): DomainError {
  return badField('id', WRITE_REFUSALS.clientIdNotUuid());
}

export function refused(operation: WriteOperation, type: EntityType | null = null): DomainError {
  const steeringRecord = type !== null && (STEERING_RECORD_TYPES as readonly string[]).includes(type);
  return refuse(
    'FORBIDDEN',
    steeringRecord ? WRITE_REFUSALS.steeringRecord() : WRITE_REFUSALS.refused(operation),
  );
}

export function notInTrash(id: string): DomainError {
  return refuse('NOT_FOUND', WRITE_REFUSALS.notInTrash(id));
}

export function notRestorable(field: string): DomainError {
  return badField('field', WRITE_REFUSALS.notRestorable(field));
}
