import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  InputCheck,
  forbidden,
  notFound,
  roleSatisfies,
  checkId,
  checkTitle,
  blankAsNull,
  checkVersion,
  GUIDELINE_REFUSALS,
  badField,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import { CreateGuidelineInput } from './dto/create-guideline.input.js';
import { UpdateGuidelineInput } from './dto/update-guideline.input.js';
import {
  GUIDELINE_TRANSITIONS,
  type GuidelineFilter,
  type GuidelineRecord,
  type GuidelineSnapshot,
  type GuidelineStatus,
} from './guideline.types.js';
import { GUIDELINE_CONCEPT } from './guideline.concept.js';
import { listTitled, type TitledListQuery } from '../store/paging/titled-page.js';
import { WritePath } from '../store/write/write-path.js';
import { GuidelinesRepository } from './guidelines.repository.js';

export type ListGuidelinesQuery = TitledListQuery<GuidelineFilter>;

@Injectable()
export class GuidelinesService {
  constructor(
    private readonly repository: GuidelinesRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(GUIDELINE_CONCEPT);
  }

  async guideline(id: string): Promise<GuidelineRecord> {
    const found = await this.repository.findById(id);
    if (!found) throw notFound(ENTITY_LABELS.Guideline.singular, id);
    return found;
  }

  /** `withCount`: whether the client reads `totalCount`; counting is left out otherwise. */
  guidelines(query: ListGuidelinesQuery, withCount: boolean) {
    return listTitled(query, withCount, ['actionFieldIds'], (filter, request) =>
      this.repository.page(filter, request),
    );
  }

  async create(input: CreateGuidelineInput, user: RequestUser): Promise<GuidelineRecord> {
    const check = new InputCheck();
    checkTitle(check, input.title, true);
    checkVersion(check, input.version);
    if (input.actionFieldId !== undefined && input.actionFieldId !== null)
      checkId(check, 'actionFieldId', input.actionFieldId);
    check.done();
    const values = {
      title: input.title.trim(),
      status: 'draft',
      version: blankAsNull(input.version),
      actionFieldId: input.actionFieldId ?? null,
    };
    return this.writes.create<GuidelineRecord>(GUIDELINE_CONCEPT, values, user, { clientId: input.id });
  }

  async update(
    id: string,
    expectedRevision: number,
    input: UpdateGuidelineInput,
    user: RequestUser,
  ): Promise<GuidelineRecord> {
    const wantedStatus = input.status ?? null;
    if (wantedStatus && !roleSatisfies(user.role, 'steering')) throw forbidden();
    const check = new InputCheck();
    if (input.title !== undefined && input.title !== null) checkTitle(check, input.title, true);
    checkVersion(check, input.version);
    if (input.actionFieldId !== undefined && input.actionFieldId !== null)
      checkId(check, 'actionFieldId', input.actionFieldId);
    check.done();
    const patch: Partial<GuidelineSnapshot> = {};
    if (typeof input.title === 'string') patch.title = input.title.trim();
    if (input.version !== undefined) patch.version = blankAsNull(input.version);
    if (input.actionFieldId !== undefined) patch.actionFieldId = input.actionFieldId || null;
    return this.writes.update<GuidelineRecord>(GUIDELINE_CONCEPT, id, expectedRevision, user, (current) => {
      if (wantedStatus && wantedStatus !== current.status) {
        assertTransition(current.status as GuidelineStatus, wantedStatus);
        patch.status = wantedStatus;
      }
      return patch;
    });
  }

  /** To the Papierkorb: a draft by its creator or the steering group; in review or published, by the steering group. */
  async delete(id: string, user: RequestUser): Promise<string> {
    await this.writes.delete(GUIDELINE_CONCEPT, id, user);
    return id;
  }
}

function assertTransition(from: GuidelineStatus, to: GuidelineStatus): void {
  if (GUIDELINE_TRANSITIONS[from].includes(to)) return;
  throw badField('status', GUIDELINE_REFUSALS.invalidTransition(from, to, GUIDELINE_TRANSITIONS[from]));
}
