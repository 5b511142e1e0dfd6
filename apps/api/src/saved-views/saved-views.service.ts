import { Injectable } from '@nestjs/common';
import {
  ENTITY_LABELS,
  FIELD_LABELS,
  GRAPH_REFUSALS,
  InputCheck,
  LIMITS,
  REFUSALS,
  charCount,
  checkFlag,
  checkName,
  notFound,
} from '@netzwerkstatt/domain';
import type { RequestUser } from '../auth/request-user.js';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { WritePath } from '../store/write/write-path.js';
import { CreateSavedGraphViewInput, UpdateSavedGraphViewInput } from './dto/saved-graph-view.input.js';
import { SAVED_GRAPH_VIEW_CONCEPT } from './saved-view.concept.js';
import type { SavedViewRecord, Viewer } from './saved-view.types.js';
import { SavedViewsRepository } from './saved-views.repository.js';

const viewerOf = (user: RequestUser): Viewer => ({ userId: user.id, admin: user.role === 'admin' });

/** Saved graph views: read by who may see them, written through the write path (WRITE_POLICY's personal rows). */
@Injectable()
export class SavedViewsService {
  constructor(
    private readonly repository: SavedViewsRepository,
    private readonly writes: WritePath,
  ) {
    writes.register(SAVED_GRAPH_VIEW_CONCEPT);
  }

  /** Someone else's private view answers NOT_FOUND, as an unknown id does. */
  async view(id: string, user: RequestUser): Promise<SavedViewRecord> {
    const found = await this.repository.findVisible(id, viewerOf(user));
    if (!found) throw notFound(ENTITY_LABELS.SavedGraphView.singular, id);
    return found;
  }

  async list(
    user: RequestUser,
    args: { mine: boolean; first?: number | null; after?: string | null },
    withCount: boolean,
  ) {
    const limit = pageSize(args.first);
    const page = await this.repository.page(
      viewerOf(user),
      args.mine,
      decodeCursor(args.after),
      limit,
      withCount,
    );
    const rows = page.rows.map(({ row, sortValue }) => ({ ...row, sort: sortValue }));
    return toConnection(rows, limit, page.total, (row) => row.sort);
  }

  create(input: CreateSavedGraphViewInput, user: RequestUser): Promise<SavedViewRecord> {
    const check = new InputCheck();
    checkName(check, 'name', input.name);
    checkState(check, input.state);
    if (input.shared !== undefined && input.shared !== null)
      checkFlag(check, 'shared', FIELD_LABELS.shared, input.shared);
    check.done();
    return this.writes.create<SavedViewRecord>(
      SAVED_GRAPH_VIEW_CONCEPT,
      { name: input.name.trim(), state: input.state, shared: input.shared ?? false },
      user,
      { clientId: input.id },
    );
  }

  async update(
    id: string,
    expectedRevision: number,
    input: UpdateSavedGraphViewInput,
    user: RequestUser,
  ): Promise<SavedViewRecord> {
    const check = new InputCheck();
    if (input.name !== undefined && input.name !== null) checkName(check, 'name', input.name);
    if (input.state !== undefined && input.state !== null) checkState(check, input.state);
    check.done();
    // Someone else's private view is not there for this person: the same answer as an unknown id.
    await this.view(id, user);
    const patch: Record<string, unknown> = {};
    if (typeof input.name === 'string') patch.name = input.name.trim();
    if (typeof input.state === 'string') patch.state = input.state;
    if (typeof input.shared === 'boolean') patch.shared = input.shared;
    return this.writes.update<SavedViewRecord>(
      SAVED_GRAPH_VIEW_CONCEPT,
      id,
      expectedRevision,
      user,
      () => patch,
    );
  }

  async delete(id: string, user: RequestUser): Promise<string> {
    await this.view(id, user);
    await this.writes.delete(SAVED_GRAPH_VIEW_CONCEPT, id, user);
    return id;
  }
}

/** The web's JSON object, within its size; the server does not read inside it. */
function checkState(check: InputCheck, state: unknown): void {
  if (typeof state !== 'string') {
    check.custom('state', false, REFUSALS.required(FIELD_LABELS.state));
    return;
  }
  if (charCount(state) > LIMITS.viewState) {
    check.custom('state', false, REFUSALS.tooLong(FIELD_LABELS.state, LIMITS.viewState));
    return;
  }
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(state);
  } catch {
    parsed = null;
  }
  check.custom(
    'state',
    parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed),
    GRAPH_REFUSALS.viewStateNotJson(),
  );
}
