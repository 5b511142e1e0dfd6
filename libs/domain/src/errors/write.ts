import type { WriteOperation } from '../write-policy.js';
import { type LocalizedText, type Refusal, refusal } from './domain-error.js';
import { REASONS } from './reasons.js';

/** Why the write path refuses a change (besides the common reasons of the input it is given). */
export const WRITE_REASONS = {
  STALE_REVISION: 'STALE_REVISION',
  ID_TAKEN: 'ID_TAKEN',
  NOT_CREATOR: 'NOT_CREATOR',
  PROTECTED: 'PROTECTED',
  STEERING_ONLY: 'STEERING_ONLY',
  NOT_IN_TRASH: 'NOT_IN_TRASH',
  NOT_RESTORABLE: 'NOT_RESTORABLE',
  ANALYSTS_ONLY: 'ANALYSTS_ONLY',
  NOT_OWNER: 'NOT_OWNER',
  INVALID_ID: REASONS.INVALID_ID,
} as const;

/** Why the policy (WRITE_POLICY) refused an operation, as a person reads it. */
const POLICY: Record<WriteOperation, { reason: string; message: LocalizedText }> = {
  create: {
    reason: WRITE_REASONS.PROTECTED,
    message: { de: 'Sie dürfen hier nichts anlegen.', en: 'You may not create records here.' },
  },
  update: {
    reason: WRITE_REASONS.PROTECTED,
    message: { de: 'Sie dürfen diesen Eintrag nicht ändern.', en: 'You may not change this record.' },
  },
  updateProtected: {
    reason: WRITE_REASONS.PROTECTED,
    message: {
      de: 'Die Lenkungsgruppe hat diesen Eintrag aufgegriffen: Titel, Beschreibung und Handlungsfeld ändert jetzt nur sie.',
      en: 'The steering group has taken this record up: only it changes the title, description and action field now.',
    },
  },
  steer: {
    reason: WRITE_REASONS.STEERING_ONLY,
    message: {
      de: 'Status, Priorität und Freigabe setzt die Lenkungsgruppe.',
      en: 'Status, priority and publication are set by the steering group.',
    },
  },
  link: {
    reason: WRITE_REASONS.PROTECTED,
    message: { de: 'Sie dürfen diese Verknüpfung nicht ändern.', en: 'You may not change this link.' },
  },
  delete: {
    reason: WRITE_REASONS.NOT_CREATOR,
    message: {
      de: 'Löschen darf nur, wer den Eintrag angelegt hat, oder die Lenkungsgruppe.',
      en: 'Only the person who created this record, or the steering group, may delete it.',
    },
  },
  deleteProtected: {
    reason: WRITE_REASONS.PROTECTED,
    message: {
      de: 'Die Lenkungsgruppe hat diesen Eintrag aufgegriffen: nur sie darf ihn löschen.',
      en: 'The steering group has taken this record up: only it may delete it.',
    },
  },
  restore: {
    reason: WRITE_REASONS.NOT_CREATOR,
    message: {
      de: 'Wiederherstellen darf, wer den Eintrag angelegt oder gelöscht hat, oder die Lenkungsgruppe.',
      en: 'Only the person who created or deleted this record, or the steering group, may restore it.',
    },
  },
  purge: {
    reason: WRITE_REASONS.STEERING_ONLY,
    message: {
      de: 'Endgültig löschen darf nur die Lenkungsgruppe.',
      en: 'Only the steering group may delete records for good.',
    },
  },
  createPersonal: {
    reason: WRITE_REASONS.ANALYSTS_ONLY,
    message: {
      de: 'Graph-Ansichten speichern Analystinnen und Analysten sowie die Lenkungsgruppe.',
      en: 'Graph views are saved by analysts and the steering group.',
    },
  },
  updatePersonal: {
    reason: WRITE_REASONS.NOT_OWNER,
    message: {
      de: 'Diese Ansicht gehört jemand anderem: nur sie oder er darf sie ändern.',
      en: 'This view belongs to someone else: only they may change it.',
    },
  },
  deletePersonal: {
    reason: WRITE_REASONS.NOT_OWNER,
    message: {
      de: 'Diese Ansicht gehört jemand anderem: nur sie oder er darf sie löschen.',
      en: 'This view belongs to someone else: only they may delete it.',
    },
  },
};

/** Their messages. */
export const WRITE_REFUSALS = {
  /** `kind`: the record's kind (ENTITY_LABELS' singular); `who`: the name of whoever saved last, if known. */
  staleRevision: (kind: LocalizedText, who: string | null): Refusal =>
    refusal(
      WRITE_REASONS.STALE_REVISION,
      `${kind.de}: ${who ? `${who} hat` : 'Jemand hat'} den Eintrag inzwischen geändert. Bitte vergleichen Sie Ihre Fassung mit der neuen und wählen Sie je Feld.`,
      `${kind.en}: ${who ? `${who} has` : 'someone has'} changed this record in the meantime. Please compare your version with the new one and choose per field.`,
    ),
  idTaken: (id: string): Refusal =>
    refusal(
      WRITE_REASONS.ID_TAKEN,
      `Die ID „${id}“ ist bereits vergeben.`,
      `The id "${id}" is already taken.`,
    ),
  clientIdNotUuid: (): Refusal =>
    refusal(
      WRITE_REASONS.INVALID_ID,
      'Die mitgegebene ID muss eine UUID sein.',
      'The id given must be a UUID.',
    ),
  /** The policy said no: NOT_CREATOR, STEERING_ONLY or PROTECTED, by operation. */
  refused: (operation: WriteOperation): Refusal => POLICY[operation],
  /** A record of the steering group's own (a mandate, a meeting): only it writes them. */
  steeringRecord: (): Refusal =>
    refusal(
      WRITE_REASONS.STEERING_ONLY,
      'Diese Einträge pflegt die Steuerungsgruppe; Mitglieder können sie lesen.',
      'The steering group keeps these records; members can read them.',
    ),
  notInTrash: (id: string): Refusal =>
    refusal(
      WRITE_REASONS.NOT_IN_TRASH,
      `Im Papierkorb liegt kein Eintrag mit der ID „${id}“.`,
      `There is no record with id "${id}" in the Papierkorb.`,
    ),
  notRestorable: (field: string): Refusal =>
    refusal(
      WRITE_REASONS.NOT_RESTORABLE,
      `Der Wert von „${field}“ kann aus dieser Änderung nicht wiederhergestellt werden.`,
      `The value of "${field}" cannot be restored from this change.`,
    ),
};
