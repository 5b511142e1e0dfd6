import { DomainError } from '../errors/domain-error.js';
import {
  checkDescription,
  checkEmail,
  checkFlag,
  checkId,
  checkIdList,
  checkIds,
  checkProgress,
  checkTitle,
  checkVersion,
  checkYear,
} from './fields.js';
import { InputCheck, isPhone, isYear } from './input-check.js';
import { FIELD_LABELS } from './labels.js';
import { LIMITS, yearRange } from './limits.js';
import { blankAsNull, emptyAsNull, idSet } from './values.js';

function issuesOf(run: (check: InputCheck) => void): { field: string; reason: string; de: string }[] {
  const check = new InputCheck();
  run(check);
  try {
    check.done();
  } catch (error) {
    return (error as DomainError).issues.map(({ field, reason, message }) => ({
      field,
      reason,
      de: message.de,
    }));
  }
  return [];
}

const reasons = (run: (check: InputCheck) => void) => issuesOf(run).map((i) => `${i.field}:${i.reason}`);

describe('the common field rules', () => {
  it('require a title on create and a non-blank one when given on update', () => {
    expect(reasons((c) => checkTitle(c, undefined, true))).toEqual(['title:REQUIRED']);
    expect(reasons((c) => checkTitle(c, undefined, false))).toEqual([]);
    expect(reasons((c) => checkTitle(c, '  ', false))).toEqual(['title:REQUIRED']);
    expect(reasons((c) => checkTitle(c, 'x'.repeat(LIMITS.title + 1), true))).toEqual(['title:TOO_LONG']);
    expect(reasons((c) => checkDescription(c, 42))).toEqual(['description:NOT_TEXT']);
    expect(reasons((c) => checkVersion(c, 'v'.repeat(LIMITS.version + 1)))).toEqual(['version:TOO_LONG']);
  });

  it('check e-mail addresses, optional or required', () => {
    expect(reasons((c) => checkEmail(c, 'email', ''))).toEqual([]);
    expect(reasons((c) => checkEmail(c, 'email', 'kein@'))).toEqual(['email:INVALID_EMAIL']);
    expect(reasons((c) => checkEmail(c, 'email', '', true))).toEqual(['email:REQUIRED']);
    expect(reasons((c) => checkEmail(c, 'email', ' anna@example.org ', true))).toEqual([]);
  });

  it('name the argument of a missing or blank id, and of an id list that is too long', () => {
    expect(issuesOf((c) => checkId(c, 'actionFieldId', ' '))).toEqual([
      { field: 'actionFieldId', reason: 'REQUIRED', de: 'Die ID in „actionFieldId“ ist erforderlich.' },
    ]);
    const tooMany = Array.from({ length: LIMITS.ids + 1 }, (_, i) => `id${i}`);
    expect(issuesOf((c) => checkIds(c, 'actorIds', [...tooMany, '']))).toEqual([
      { field: 'actorIds', reason: 'TOO_MANY', de: '„actorIds“ darf höchstens 100 IDs enthalten.' },
      { field: 'actorIds', reason: 'REQUIRED', de: '„actorIds“ enthält eine leere ID.' },
    ]);
    expect(reasons((c) => checkIds(c, 'actorIds', null))).toEqual([]);
  });

  it('check a named id list by its label', () => {
    expect(issuesOf((c) => checkIdList(c, 'regionIds', FIELD_LABELS.regionIds, 'r1'))).toEqual([
      {
        field: 'regionIds',
        reason: 'INVALID_ID',
        de: 'Die Regionen müssen als Liste gültiger IDs angegeben werden.',
      },
    ]);
    const tooMany = Array.from({ length: LIMITS.ids + 1 }, (_, i) => `r${i}`);
    expect(reasons((c) => checkIdList(c, 'regionIds', FIELD_LABELS.regionIds, tooMany))).toEqual([
      'regionIds:TOO_MANY',
    ]);
  });

  it('take years from 1950 to next year, as whole numbers', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(yearRange(now)).toEqual({ min: 1950, max: 2027 });
    expect(isYear(2027, now)).toBe(true);
    expect(isYear(2028, now)).toBe(false);
    expect(isYear(1990.5, now)).toBe(false);
    expect(issuesOf((c) => checkYear(c, 'year', 1949, now))).toEqual([
      { field: 'year', reason: 'OUT_OF_RANGE', de: 'Das Jahr muss zwischen 1950 und 2027 liegen.' },
    ]);
    expect(reasons((c) => checkYear(c, 'year', null, now))).toEqual([]);
  });

  it('take progress as whole percent from 0 to 100', () => {
    expect(reasons((c) => checkProgress(c, 'progress', 0))).toEqual([]);
    expect(reasons((c) => checkProgress(c, 'progress', 100))).toEqual([]);
    expect(reasons((c) => checkProgress(c, 'progress', null))).toEqual([]);
    for (const bad of [-1, 101, 12.5, '50'])
      expect(reasons((c) => checkProgress(c, 'progress', bad))).toEqual(['progress:OUT_OF_RANGE']);
    expect(issuesOf((c) => checkProgress(c, 'progress', 101))).toEqual([
      { field: 'progress', reason: 'OUT_OF_RANGE', de: 'Der Fortschritt muss zwischen 0 und 100 liegen.' },
    ]);
  });

  it('check flags and telephone numbers', () => {
    expect(reasons((c) => checkFlag(c, 'statewide', FIELD_LABELS.statewide, 'ja'))).toEqual([
      'statewide:NOT_BOOLEAN',
    ]);
    expect(isPhone('+49 (0)391 / 567-0')).toBe(true);
    expect(isPhone('12')).toBe(false);
    expect(isPhone('0391 x 5')).toBe(false);
  });
});

describe('stored values', () => {
  it('store blank or empty optional text as absent and id lists sorted without repeats', () => {
    expect(blankAsNull('  ')).toBeNull();
    expect(blankAsNull(' a ')).toBe(' a ');
    expect(emptyAsNull('')).toBeNull();
    expect(emptyAsNull(' ')).toBe(' ');
    expect(idSet(['b', 'a', 'b'])).toEqual(['a', 'b']);
    expect(idSet(null)).toEqual([]);
  });
});
