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
import { GuidelineTemplatesService } from '../guideline-templates/guideline-templates.service.js';
import { GuidelineVersionsService } from '../guideline-versions/guideline-versions.service.js';
import { GuidelinesRepository } from './guidelines.repository.js';

export type ListGuidelinesQuery = TitledListQuery<GuidelineFilter>;

@Injectable()
export class GuidelinesService {
  constructor(
    private readonly repository: GuidelinesRepository,
    private readonly writes: WritePath,
    private readonly versions: GuidelineVersionsService,
    private readonly templates: GuidelineTemplatesService,
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
    if (input.templateId !== undefined && input.templateId !== null)
      checkId(check, 'templateId', input.templateId);
    check.done();
    const templateId = input.templateId ?? null;
    const values = {
      title: input.title.trim(),
      status: 'draft',
      version: blankAsNull(input.version),
      actionFieldId: input.actionFieldId ?? null,
    };
    return this.writes.create<GuidelineRecord>(GUIDELINE_CONCEPT, values, user, {
      clientId: input.id,
      // The document is seeded from the template once, by the server, when it is first opened.
      after: templateId ? (tx, id) => this.templates.applyTo(tx, id, templateId) : undefined,
    });
  }

  /** `mustMove`: the status must change (publishGuideline): a guideline already published is refused. */
  async update(
    id: string,
    expectedRevision: number,
    input: UpdateGuidelineInput,
    user: RequestUser,
    { mustMove = false }: { mustMove?: boolean } = {},
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
    let publishing: number | null = null;
    return this.writes.update<GuidelineRecord>(
      GUIDELINE_CONCEPT,
      id,
      expectedRevision,
      user,
      async (current, tx) => {
        if (wantedStatus && (wantedStatus !== current.status || mustMove)) {
          assertTransition(current.status as GuidelineStatus, wantedStatus);
          patch.status = wantedStatus;
          // Publishing freezes the text as the next numbered version, whose number becomes the label.
          if (wantedStatus === 'published') {
            publishing = await this.versions.nextNumber(tx, id);
            patch.version = String(publishing);
          }
        }
        return patch;
      },
      {
        after: async (tx, changed) => {
          if (publishing !== null && changed.includes('status'))
            await this.versions.freeze(tx, id, publishing, user.id);
        },
      },
    );
  }

  /** The steering group publishes a guideline in review: its text becomes the next numbered version. */
  publish(id: string, expectedRevision: number, user: RequestUser): Promise<GuidelineRecord> {
    return this.update(id, expectedRevision, { status: 'published' }, user, { mustMove: true });
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
