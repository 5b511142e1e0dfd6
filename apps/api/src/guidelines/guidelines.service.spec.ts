import { DomainError, type Role } from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import type { GuidelineRecord, GuidelineSnapshot, GuidelineStatus } from './guideline.types.js';
import type { GuidelinesRepository } from './guidelines.repository.js';
import { GuidelinesService } from './guidelines.service.js';

/** A repository that holds one guideline in memory and applies the service's plan to it. */
function serviceWith(status: GuidelineStatus) {
  const stored: GuidelineRecord = {
    id: 'g1',
    title: 'Leitfaden',
    status,
    version: null,
    actionFieldId: null,
    createdAt: '',
    updatedAt: '',
    createdBy: null,
    updatedBy: null,
  };
  const repository = {
    update: async (
      _id: string,
      _user: string,
      plan: (current: GuidelineSnapshot) => Partial<GuidelineSnapshot>,
    ) => Object.assign(stored, plan(stored)),
    delete: async (_id: string, _user: string, guard: (current: GuidelineSnapshot) => void) => guard(stored),
  } as unknown as GuidelinesRepository;
  return { service: new GuidelinesService(repository), stored };
}

const user = (role: Role): RequestUser => ({
  id: 'u1',
  email: 'u@example.org',
  displayName: 'U',
  role,
  sessionId: 's',
});

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? `${error.code}/${error.reason}` : String(error);
  }
}

describe('guideline status workflow', () => {
  it.each<[GuidelineStatus, GuidelineStatus]>([
    ['draft', 'review'],
    ['review', 'published'],
    ['review', 'draft'],
    ['published', 'review'],
  ])('lets the steering group move %s → %s', async (from, to) => {
    const { service, stored } = serviceWith(from);
    await service.update('g1', { status: to }, user('steering'));
    expect(stored.status).toBe(to);
  });

  it.each<[GuidelineStatus, GuidelineStatus]>([
    ['draft', 'published'],
    ['published', 'draft'],
  ])('refuses to skip a step (%s → %s)', async (from, to) => {
    const { service, stored } = serviceWith(from);
    expect(await codeOf(service.update('g1', { status: to }, user('admin')))).toBe(
      'BAD_USER_INPUT/INVALID_TRANSITION',
    );
    expect(stored.status).toBe(from);
  });

  it.each<Role>(['member', 'analyst'])('refuses a status change by %s', async (role) => {
    const { service, stored } = serviceWith('draft');
    expect(await codeOf(service.update('g1', { status: 'review' }, user(role)))).toBe('FORBIDDEN/FORBIDDEN');
    expect(stored.status).toBe('draft');
  });

  it('lets members delete drafts only', async () => {
    expect(await codeOf(serviceWith('draft').service.delete('g1', user('member')))).toBeUndefined();
    expect(await codeOf(serviceWith('published').service.delete('g1', user('member')))).toBe(
      'FORBIDDEN/FORBIDDEN',
    );
    expect(await codeOf(serviceWith('published').service.delete('g1', user('steering')))).toBeUndefined();
  });
});
