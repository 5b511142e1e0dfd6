import { DomainError, type Role } from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import type { WritePath } from '../store/write/write-path.js';
import type { Snapshot } from '../store/write/concept.js';
import type { GuidelineRecord, GuidelineStatus } from './guideline.types.js';
import type { GuidelineTemplatesService } from '../guideline-templates/guideline-templates.service.js';
import type { GuidelineVersionsService } from '../guideline-versions/guideline-versions.service.js';
import type { GuidelinesRepository } from './guidelines.repository.js';
import { GuidelinesService } from './guidelines.service.js';

/**
 * A write path that holds one guideline in memory and applies the service's plan to it. Who may
 * delete is the write path's policy, proved against the real database in the policy spec.
 */
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
  const writes = {
    register: () => undefined,
    update: async (
      _concept: unknown,
      _id: string,
      _revision: number,
      _user: unknown,
      plan: (current: Snapshot) => Snapshot | Promise<Snapshot>,
    ) => Object.assign(stored, await plan({ ...stored })),
  } as unknown as WritePath;
  // Publishing numbers the version; freezing its text is proved against the real database.
  const versions = { nextNumber: async () => 1, freeze: async () => undefined };
  return {
    service: new GuidelinesService(
      {} as GuidelinesRepository,
      writes,
      versions as unknown as GuidelineVersionsService,
      {} as GuidelineTemplatesService,
    ),
    stored,
  };
}

const user = (role: Role): RequestUser => ({
  id: 'u1',
  email: 'u@example.org',
  displayName: 'U',
  role,
  mustChangePassword: false,
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
    await service.update('g1', 1, { status: to }, user('steering'));
    expect(stored.status).toBe(to);
    if (to === 'published') expect(stored.version).toBe('1');
  });

  it.each<[GuidelineStatus, GuidelineStatus]>([
    ['draft', 'published'],
    ['published', 'draft'],
  ])('refuses to skip a step (%s → %s)', async (from, to) => {
    const { service, stored } = serviceWith(from);
    expect(await codeOf(service.update('g1', 1, { status: to }, user('admin')))).toBe(
      'BAD_USER_INPUT/INVALID_TRANSITION',
    );
    expect(stored.status).toBe(from);
  });

  it.each<Role>(['member', 'analyst'])('refuses a status change by %s', async (role) => {
    const { service, stored } = serviceWith('draft');
    expect(await codeOf(service.update('g1', 1, { status: 'review' }, user(role)))).toBe(
      'FORBIDDEN/FORBIDDEN',
    );
    expect(stored.status).toBe('draft');
  });
});
