import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  InputCheck,
  notFound,
  checkDescription,
  checkId,
  checkIds,
  checkTitle,
  idSet,
  blankAsNull,
  checkUrl,
  checkYear,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import type { LinkSpec } from '../store/links/links.repository.js';
import { CreateGoodPracticeInput } from './dto/create-good-practice.input.js';
import { UpdateGoodPracticeInput } from './dto/update-good-practice.input.js';
import {
  type GoodPracticeFilter,
  type GoodPracticeProperties,
  type GoodPracticeRecord,
} from './good-practice.types.js';
import { GOOD_PRACTICE_CONCEPT } from './good-practice.concept.js';
import { listTitled, type TitledListQuery } from '../store/paging/titled-page.js';
import { WritePath } from '../store/write/write-path.js';
import { GoodPracticesRepository } from './good-practices.repository.js';

export type ListGoodPracticesQuery = TitledListQuery<GoodPracticeFilter>;

@Injectable()
export class GoodPracticesService {
  constructor(
    private readonly repository: GoodPracticesRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(GOOD_PRACTICE_CONCEPT);
  }

  async goodPractice(id: string): Promise<GoodPracticeRecord> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(ENTITY_LABELS.GoodPractice.singular, id);
    return found;
  }

  /** `withCount`: whether the client reads `totalCount`; counting is left out otherwise. */
  goodPractices(query: ListGoodPracticesQuery, withCount: boolean) {
    return listTitled(query, withCount, ['solutionApproachIds', 'actorIds'], (filter, request) =>
      this.repository.page(filter, request),
    );
  }

  async create(input: CreateGoodPracticeInput, user: RequestUser): Promise<GoodPracticeRecord> {
    const check = new InputCheck();
    checkTitle(check, input.title, true);
    checkProperties(check, input);
    checkIds(check, 'solutionApproachIds', input.solutionApproachIds);
    checkIds(check, 'practisedByIds', input.practisedByIds);
    check.done();
    const values = {
      title: input.title.trim(),
      description: blankAsNull(input.description),
      url: blankAsNull(input.url),
      year: input.year ?? null,
      solutionApproachIds: idSet(input.solutionApproachIds),
      practisedByIds: idSet(input.practisedByIds),
    };
    return this.writes.create<GoodPracticeRecord>(GOOD_PRACTICE_CONCEPT, values, user, {
      clientId: input.id,
    });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: UpdateGoodPracticeInput,
    user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkProperties(check, input);
    check.done();
    const patch: Partial<GoodPracticeProperties> = {};
    if (typeof input.title === 'string') patch.title = input.title.trim();
    if (input.description !== undefined) patch.description = blankAsNull(input.description);
    if (input.url !== undefined) patch.url = blankAsNull(input.url);
    if (input.year !== undefined) patch.year = input.year;
    return this.writes.update<GoodPracticeRecord>(GOOD_PRACTICE_CONCEPT, id, expectedRevision, user, () => ({
      ...patch,
    }));
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(GOOD_PRACTICE_CONCEPT, id, user);
    return id;
  }

  /** (:GoodPractice)-[:EVIDENCES]->(:SolutionApproach) */
  async changeSolutionLink(
    action: 'link' | 'unlink',
    goodPracticeId: string,
    solutionId: string,
    user: RequestUser,
  ) {
    const check = new InputCheck();
    checkId(check, 'goodPracticeId', goodPracticeId);
    checkId(check, 'solutionId', solutionId);
    check.done();
    const spec: LinkSpec = {
      type: 'EVIDENCES',
      from: { field: 'goodPracticeId', id: goodPracticeId, type: 'GoodPractice' },
      to: { field: 'solutionId', id: solutionId, type: 'SolutionApproach' },
    };
    return this.repository.changeSolutionLink(action, spec, goodPracticeId, user.id);
  }

  async setActors(
    goodPracticeId: string,
    actorIds: string[],
    user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    const check = new InputCheck();
    checkId(check, 'goodPracticeId', goodPracticeId);
    checkIds(check, 'actorIds', actorIds);
    check.done();
    return this.repository.setActors(goodPracticeId, idSet(actorIds), user.id);
  }
}

function checkProperties(
  check: InputCheck,
  input: { description?: string | null; url?: string | null; year?: number | null },
): void {
  checkDescription(check, input.description);
  checkUrl(check, 'url', input.url);
  checkYear(check, 'year', input.year);
}
