import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  InputCheck,
  notFound,
  checkDescription,
  checkId,
  checkIds,
  checkProgress,
  checkTitle,
  idSet,
  blankAsNull,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import type { LinkSpec } from '../store/links/links.repository.js';
import { CreateSolutionApproachInput } from './dto/create-solution-approach.input.js';
import { UpdateSolutionApproachInput } from './dto/update-solution-approach.input.js';
import type { SolutionApproachRecord, SolutionFilter, SolutionProperties } from './solution.types.js';
import { SOLUTION_CONCEPT } from './solution.concept.js';
import { listTitled, type TitledListQuery } from '../store/paging/titled-page.js';
import { WritePath } from '../store/write/write-path.js';
import { SolutionsRepository } from './solutions.repository.js';

export type ListSolutionsQuery = TitledListQuery<SolutionFilter>;

@Injectable()
export class SolutionsService {
  constructor(
    private readonly repository: SolutionsRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(SOLUTION_CONCEPT);
  }

  async solutionApproach(id: string): Promise<SolutionApproachRecord> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(ENTITY_LABELS.SolutionApproach.singular, id);
    return found;
  }

  /** `withCount`: whether the client reads `totalCount`; counting is left out otherwise. */
  solutionApproaches(query: ListSolutionsQuery, withCount: boolean) {
    return listTitled(query, withCount, ['challengeIds', 'actionFieldIds', 'actorIds'], (filter, request) =>
      this.repository.page(filter, request),
    );
  }

  async create(input: CreateSolutionApproachInput, user: RequestUser): Promise<SolutionApproachRecord> {
    const check = new InputCheck();
    checkTitle(check, input.title, true);
    checkDescription(check, input.description);
    checkProgress(check, 'progress', input.progress);
    checkIds(check, 'challengeIds', input.challengeIds);
    checkIds(check, 'carrierIds', input.carrierIds);
    check.done();
    const values = {
      title: input.title.trim(),
      description: blankAsNull(input.description),
      status: input.status ?? 'proposed',
      progress: input.progress ?? 0,
      challengeIds: idSet(input.challengeIds),
      carrierIds: idSet(input.carrierIds),
    };
    return this.writes.create<SolutionApproachRecord>(SOLUTION_CONCEPT, values, user, { clientId: input.id });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: UpdateSolutionApproachInput,
    user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkDescription(check, input.description);
    checkProgress(check, 'progress', input.progress);
    check.done();
    const patch: Partial<SolutionProperties> = {};
    if (typeof input.title === 'string') patch.title = input.title.trim();
    if (input.description !== undefined) patch.description = blankAsNull(input.description);
    if (input.status) patch.status = input.status;
    if (typeof input.progress === 'number') patch.progress = input.progress;
    return this.writes.update<SolutionApproachRecord>(SOLUTION_CONCEPT, id, expectedRevision, user, () => ({
      ...patch,
    }));
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(SOLUTION_CONCEPT, id, user);
    return id;
  }

  /** (:SolutionApproach)-[:ADDRESSES]->(:Challenge) */
  async changeChallengeLink(
    action: 'link' | 'unlink',
    solutionId: string,
    challengeId: string,
    user: RequestUser,
  ) {
    checkPair('solutionId', solutionId, 'challengeId', challengeId);
    const spec: LinkSpec = {
      type: 'ADDRESSES',
      from: { field: 'solutionId', id: solutionId, type: 'SolutionApproach' },
      to: { field: 'challengeId', id: challengeId, type: 'Challenge' },
    };
    return this.repository.changeLink(action, spec, solutionId, user.id);
  }

  /** (:Actor)-[:CARRIES]->(:SolutionApproach) */
  async changeCarrierLink(action: 'link' | 'unlink', actorId: string, solutionId: string, user: RequestUser) {
    checkPair('actorId', actorId, 'solutionId', solutionId);
    const spec: LinkSpec = {
      type: 'CARRIES',
      from: { field: 'actorId', id: actorId, type: 'Actor' },
      to: { field: 'solutionId', id: solutionId, type: 'SolutionApproach' },
    };
    return this.repository.changeLink(action, spec, solutionId, user.id);
  }
}

function checkPair(fieldA: string, idA: string, fieldB: string, idB: string): void {
  const check = new InputCheck();
  checkId(check, fieldA, idA);
  checkId(check, fieldB, idB);
  check.done();
}
