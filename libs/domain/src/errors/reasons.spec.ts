import { ACCOUNT_REFUSALS } from './accounts.js';
import { ACTOR_REFUSALS } from './actors.js';
import type { Refusal } from './domain-error.js';
import { GRAPH_REFUSALS } from './graph.js';
import { GUIDELINE_REFUSALS } from './guidelines.js';
import { IMPORT_REFUSALS } from './imports.js';
import { MANDATE_REFUSALS } from './mandates.js';
import { MEETING_REFUSALS } from './meetings.js';
import { REASON_TABLES } from './index.js';
import { PERSON_REFUSALS } from './persons.js';
import { REASONS, REFUSALS } from './reasons.js';
import { REQUEST_REFUSALS } from './requests.js';
import { SEED_REFUSALS } from './seeds.js';
import { WRITE_REFUSALS } from './write.js';
import { WRITE_OPERATIONS } from '../write-policy.js';

const label = { de: 'Der Titel', en: 'The title' };

/** Every entry of every message table, called with sample arguments, by table. */
const SAMPLES: Record<keyof typeof REASON_TABLES, Refusal[]> = {
  common: [
    REFUSALS.required(label),
    REFUSALS.notText(label),
    REFUSALS.tooLong(label, 300),
    REFUSALS.invalidEmail(label),
    REFUSALS.invalidUrl(label),
    REFUSALS.notBoolean(label),
    REFUSALS.outOfRange(label, 1, 9),
    REFUSALS.emptyId(label),
    REFUSALS.tooManyIds(label, 100),
    REFUSALS.notAnIdList(label),
    REFUSALS.tooManyEntries(label, 100),
    REFUSALS.invalid(),
    REFUSALS.notFound({ de: 'Akteur', en: 'Actor' }, 'a1'),
    REFUSALS.wrongType('a1', { de: 'Akteur', en: 'Actor' }, { de: 'Region', en: 'Region' }),
    REFUSALS.forbidden(),
    REFUSALS.unauthenticated(),
  ],
  write: [
    WRITE_REFUSALS.staleRevision({ de: 'Akteur', en: 'Actor' }, 'Anna'),
    WRITE_REFUSALS.idTaken('x'),
    WRITE_REFUSALS.clientIdNotUuid(),
    ...WRITE_OPERATIONS.map((operation) => WRITE_REFUSALS.refused(operation)),
    WRITE_REFUSALS.notInTrash('x'),
    WRITE_REFUSALS.notRestorable('title'),
    WRITE_REFUSALS.steeringRecord(),
  ],
  actors: [ACTOR_REFUSALS.unknownIds(label, label, ['a', 'b']), ACTOR_REFUSALS.duplicateName('X')],
  persons: [
    PERSON_REFUSALS.invalidPhone(label, 3, 40),
    PERSON_REFUSALS.roleWithoutActor(),
    PERSON_REFUSALS.unknownActor(label, 'a1'),
  ],
  guidelines: [
    GUIDELINE_REFUSALS.invalidTransition('draft', 'published', ['review']),
    GUIDELINE_REFUSALS.textTooLarge(),
  ],
  accounts: [
    ACCOUNT_REFUSALS.passwordLength(12, 256),
    ACCOUNT_REFUSALS.invalidRole(),
    ACCOUNT_REFUSALS.wrongPassword(),
    ACCOUNT_REFUSALS.emailTaken(),
    ACCOUNT_REFUSALS.ownAccount(),
    ACCOUNT_REFUSALS.lastAdmin(),
    ACCOUNT_REFUSALS.setupTokenInvalid(),
    ACCOUNT_REFUSALS.setupDone(),
    ACCOUNT_REFUSALS.invalidCredentials(),
    ACCOUNT_REFUSALS.tooManyAttempts(2),
    ACCOUNT_REFUSALS.tooManyPasswordChecks(3),
    ACCOUNT_REFUSALS.accountDisabled(),
    ACCOUNT_REFUSALS.linkInvalid(),
    ACCOUNT_REFUSALS.passwordChangeRequired(),
    ACCOUNT_REFUSALS.noAccountForEmail('a@b.de'),
  ],
  imports: [
    IMPORT_REFUSALS.statewideNotYesNo('vielleicht'),
    IMPORT_REFUSALS.duplicateInFile('X', 2),
    IMPORT_REFUSALS.unknownValue('categories', 'Mond'),
    IMPORT_REFUSALS.unknownValue('actionFields', 'Mond'),
    IMPORT_REFUSALS.unknownValue('regions', 'Mond'),
    IMPORT_REFUSALS.noRows(),
    IMPORT_REFUSALS.tooManyRows(5_000, 5_001),
    IMPORT_REFUSALS.inRow(3, IMPORT_REFUSALS.noRows()),
    IMPORT_REFUSALS.rejected(2, { de: 'Zeile 3: Fehlt.', en: 'Row 3: Missing.' }),
    IMPORT_REFUSALS.referenceChanged(),
  ],
  requests: [
    REQUEST_REFUSALS.invalidCursor(),
    REQUEST_REFUSALS.cursorNotForOrder(),
    REQUEST_REFUSALS.cursorOrderMismatch(),
    REQUEST_REFUSALS.depth(),
    REQUEST_REFUSALS.tooDeep(12, 10),
    REQUEST_REFUSALS.tooManyAliases(40, 30),
    REQUEST_REFUSALS.tooExpensive(9_000, 5_000),
  ],
  seeds: [
    SEED_REFUSALS.actorsMissing(),
    SEED_REFUSALS.seedNotInteger(),
    SEED_REFUSALS.actorsOutOfRange(100_000),
    SEED_REFUSALS.syntheticDataExists(),
    SEED_REFUSALS.agreementMissing(),
  ],
  graph: [
    GRAPH_REFUSALS.notInGraph('Comment'),
    GRAPH_REFUSALS.unknownKey({ de: 'Die Handlungsfelder', en: 'The action fields' }, 'mond'),
    GRAPH_REFUSALS.tooManyIds(2_000),
    GRAPH_REFUSALS.limit(2_000),
    GRAPH_REFUSALS.viewStateNotJson(),
  ],
  mandates: [
    MANDATE_REFUSALS.tooMany('2027-03-01', 10),
    MANDATE_REFUSALS.overlap('2024-02-29', '2027-02-28'),
    MANDATE_REFUSALS.invalidDay(label),
    MANDATE_REFUSALS.invalidTerm('2027-02-28'),
  ],
  meetings: [
    MEETING_REFUSALS.invalidTime(label),
    MEETING_REFUSALS.endBeforeStart(),
    MEETING_REFUSALS.otherMeeting(),
    MEETING_REFUSALS.feedRevoked(),
  ],
};

describe('the reasons', () => {
  it('are stable keys: each one spelled like its value, in capitals', () => {
    for (const table of Object.values(REASON_TABLES)) {
      for (const [key, value] of Object.entries(table)) {
        expect(value).toBe(key);
        expect(key).toMatch(/^[A-Z][A-Z_]*[A-Z]$/);
      }
    }
  });

  it('are the ones clients rely on (a reason is added here on purpose, never renamed)', () => {
    const all = new Set(Object.values(REASON_TABLES).flatMap((table) => Object.values(table)));
    expect([...all].sort()).toEqual(
      [
        ...['REQUIRED', 'NOT_TEXT', 'TOO_LONG', 'INVALID_EMAIL', 'INVALID_URL', 'INVALID_ID', 'TOO_MANY'],
        ...[
          'NOT_BOOLEAN',
          'OUT_OF_RANGE',
          'INVALID',
          'NOT_FOUND',
          'WRONG_TYPE',
          'FORBIDDEN',
          'UNAUTHENTICATED',
        ],
        ...['STALE_REVISION', 'ID_TAKEN', 'NOT_CREATOR', 'PROTECTED', 'STEERING_ONLY', 'NOT_IN_TRASH'],
        ...['NOT_RESTORABLE', 'UNKNOWN_ID', 'DUPLICATE_NAME', 'INVALID_PHONE', 'ROLE_WITHOUT_ACTOR'],
        ...['INVALID_TRANSITION', 'PASSWORD_LENGTH', 'INVALID_ROLE', 'WRONG_PASSWORD', 'EMAIL_TAKEN'],
        ...['OWN_ACCOUNT', 'LAST_ADMIN', 'SETUP_TOKEN_INVALID', 'SETUP_DONE', 'INVALID_CREDENTIALS'],
        ...['TOO_MANY_ATTEMPTS', 'ACCOUNT_DISABLED', 'DUPLICATE_IN_FILE', 'UNKNOWN_CATEGORY'],
        ...['LINK_INVALID', 'PASSWORD_CHANGE_REQUIRED'],
        ...['UNKNOWN_ACTION_FIELD', 'UNKNOWN_REGION', 'EMPTY', 'TOO_MANY_ROWS', 'IMPORT_REJECTED'],
        ...['REFERENCE_CHANGED', 'INVALID_CURSOR', 'CURSOR_ORDER_MISMATCH', 'QUERY_LIMIT', 'NOT_INTEGER'],
        'SYNTHETIC_DATA_EXISTS',
        'TEXT_TOO_LARGE',
        ...['NOT_IN_GRAPH', 'UNKNOWN_KEY', 'ANALYSTS_ONLY', 'NOT_OWNER'],
        ...['TOO_MANY_MANDATES', 'MANDATE_OVERLAP', 'INVALID_DAY', 'INVALID_TERM'],
        ...['INVALID_TIME', 'END_BEFORE_START', 'OTHER_MEETING', 'FEED_REVOKED'],
      ].sort(),
    );
  });
});

describe('the message tables', () => {
  it.each(Object.entries(SAMPLES))(
    '%s: give reasons of their own table or the common one',
    (table, samples) => {
      const own = new Set<string>([
        ...Object.values(REASON_TABLES[table as keyof typeof REASON_TABLES]),
        ...Object.values(REASONS),
      ]);
      for (const { reason } of samples) expect(own).toContain(reason);
    },
  );

  it.each(Object.entries(SAMPLES))('%s: say everything in German and English, as sentences', (_, samples) => {
    for (const { message } of samples) {
      for (const text of [message.de, message.en]) {
        expect(text.trim()).not.toBe('');
        expect(text).toMatch(/[.!?]$/);
      }
      expect(message.de).not.toBe(message.en);
    }
  });

  it('word the common reasons once for every field', () => {
    expect(REFUSALS.required(label).message).toEqual({
      de: 'Der Titel ist erforderlich.',
      en: 'The title is required.',
    });
    expect(REFUSALS.tooLong(label, 10_000).message).toEqual({
      de: 'Der Titel darf höchstens 10.000 Zeichen lang sein.',
      en: 'The title may be at most 10,000 characters long.',
    });
    expect(REFUSALS.notFound({ de: 'Akteur', en: 'Actor' }, 'a1').message).toEqual({
      de: 'Akteur mit der ID „a1“ wurde nicht gefunden.',
      en: 'Actor with id "a1" was not found.',
    });
  });

  it('tell the policy refusals apart by who may: creator, steering group, or protected record', () => {
    const reasonOf = (operation: (typeof WRITE_OPERATIONS)[number]) =>
      WRITE_REFUSALS.refused(operation).reason;
    expect(reasonOf('delete')).toBe('NOT_CREATOR');
    expect(reasonOf('restore')).toBe('NOT_CREATOR');
    expect(reasonOf('steer')).toBe('STEERING_ONLY');
    expect(reasonOf('purge')).toBe('STEERING_ONLY');
    expect(reasonOf('updateProtected')).toBe('PROTECTED');
    expect(reasonOf('deleteProtected')).toBe('PROTECTED');
    expect(reasonOf('createPersonal')).toBe('ANALYSTS_ONLY');
    expect(reasonOf('updatePersonal')).toBe('NOT_OWNER');
    expect(reasonOf('deletePersonal')).toBe('NOT_OWNER');
  });

  it('name a row of an import in front of its message and keep its reason', () => {
    expect(IMPORT_REFUSALS.inRow(3, ACTOR_REFUSALS.duplicateName('X'))).toEqual({
      reason: 'DUPLICATE_NAME',
      message: {
        de: 'Zeile 3: Es gibt bereits einen Akteur mit dem Namen „X“.',
        en: 'Row 3: There already is an actor named "X".',
      },
    });
    expect(ACCOUNT_REFUSALS.invalidRole().message.de).toBe(
      'Die Rolle muss member, analyst, steering oder admin sein.',
    );
  });
});
