import { Injectable } from '@nestjs/common';
import {
  InputCheck,
  forbidden,
  notFound,
  ENTITY_LABELS,
  roleSatisfies,
  checkDescription,
  checkId,
  checkTitle,
  blankAsNull,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import {
  CHALLENGE_DEFAULTS,
  type ChallengeFilter,
  type ChallengeRecord,
  type ChallengeSnapshot,
} from './challenge.types.js';
import { CHALLENGE_CONCEPT } from './challenge.concept.js';
import { ChallengesRepository } from './challenges.repository.js';
import { listTitled, type TitledListQuery } from '../store/paging/titled-page.js';
import { WritePath } from '../store/write/write-path.js';
import { CreateChallengeInput } from './dto/create-challenge.input.js';
import { UpdateChallengeInput } from './dto/update-challenge.input.js';

export type ListChallengesQuery = TitledListQuery<ChallengeFilter>;

@Injectable()
export class ChallengesService {
  constructor(
    private readonly repository: ChallengesRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(CHALLENGE_CONCEPT);
  }

  async challenge(id: string): Promise<ChallengeRecord> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(ENTITY_LABELS.Challenge.singular, id);
    return found;
  }

  /** `withCount`: whether the client reads `totalCount`; counting is left out otherwise. */
  challenges(query: ListChallengesQuery, withCount: boolean) {
    return listTitled(query, withCount, ['actionFieldIds', 'regionIds'], (filter, request) =>
      this.repository.page(filter, request),
    );
  }

  async create(input: CreateChallengeInput, user: RequestUser): Promise<ChallengeRecord> {
    assertMaySteer(input, user);
    const check = new InputCheck();
    checkTitle(check, input.title, true);
    checkDescription(check, input.description);
    checkId(check, 'actionFieldId', input.actionFieldId);
    check.done();
    const challenge: ChallengeSnapshot = {
      title: input.title.trim(),
      description: blankAsNull(input.description),
      status: input.status ?? CHALLENGE_DEFAULTS.status,
      priority: input.priority ?? CHALLENGE_DEFAULTS.priority,
      actionFieldId: input.actionFieldId,
    };
    return this.writes.create<ChallengeRecord>(CHALLENGE_CONCEPT, { ...challenge }, user, {
      clientId: input.id,
    });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: UpdateChallengeInput,
    user: RequestUser,
  ): Promise<ChallengeRecord> {
    assertMaySteer(input, user);
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkDescription(check, input.description);
    if (input.actionFieldId !== undefined && input.actionFieldId !== null)
      checkId(check, 'actionFieldId', input.actionFieldId);
    check.done();
    const patch: Partial<ChallengeSnapshot> = {};
    if (typeof input.title === 'string') patch.title = input.title.trim();
    if (input.description !== undefined) patch.description = blankAsNull(input.description);
    if (input.actionFieldId) patch.actionFieldId = input.actionFieldId;
    if (input.status) patch.status = input.status;
    if (input.priority) patch.priority = input.priority;
    return this.writes.update<ChallengeRecord>(CHALLENGE_CONCEPT, id, expectedRevision, user, () => patch);
  }

  /** To the Papierkorb: by its creator or the steering group; once steered, by the steering group. */
  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(CHALLENGE_CONCEPT, id, user);
    return id;
  }
}

/** Status and priority are the steering group's call (admins may do everything). */
function assertMaySteer(input: { status?: unknown; priority?: unknown }, user: RequestUser): void {
  const steers = input.status !== undefined && input.status !== null;
  const prioritises = input.priority !== undefined && input.priority !== null;
  if ((steers || prioritises) && !roleSatisfies(user.role, 'steering')) throw forbidden();
}
