import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { CreateSavedGraphViewInput, UpdateSavedGraphViewInput } from './dto/saved-graph-view.input.js';
import {
  SavedGraphViewConnection,
  SavedGraphViewModel,
  type SavedGraphViewSummaryModel,
} from './models/saved-graph-view.model.js';
import type { SavedViewRecord } from './saved-view.types.js';
import { SavedViewsService } from './saved-views.service.js';

function summary(record: SavedViewRecord, user: RequestUser): SavedGraphViewSummaryModel {
  return {
    id: record.id,
    name: record.name,
    shared: record.shared,
    ownerName: record.ownerName,
    editable: record.createdBy === user.id || user.role === 'admin',
    stateSize: record.stateSize,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    createdBy: record.createdBy,
    updatedBy: record.updatedBy,
  };
}

const full = (record: SavedViewRecord, user: RequestUser): SavedGraphViewModel => ({
  ...summary(record, user),
  state: record.state ?? '{}',
});

@Resolver(() => SavedGraphViewModel)
export class SavedViewsResolver {
  constructor(private readonly service: SavedViewsService) {}

  @Query(() => SavedGraphViewConnection, {
    description:
      'Saved graph views the reader may open — their own and the shared ones (admins: all) — most recently changed first.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  async savedGraphViews(
    @CurrentUser() user: RequestUser,
    @TotalCountSelected() withCount: boolean,
    @Args('mine', { type: () => Boolean, defaultValue: false, description: 'Only the reader’s own' })
    mine: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    const page = await this.service.list(user, { mine, first, after }, withCount);
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: summary(edge.node, user) })) };
  }

  @Query(() => SavedGraphViewModel, {
    description:
      'One saved graph view with its state: the owner’s, a shared one, or any for an admin (else NOT_FOUND).',
  })
  @RequireRole('member')
  async savedGraphView(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: RequestUser) {
    return full(await this.service.view(id, user), user);
  }

  @Mutation(() => SavedGraphViewModel, {
    description: 'Saves a graph view (analysts, the steering group, admins); private unless shared.',
  })
  @RequireRole('member')
  async createSavedGraphView(
    @Args('input') input: CreateSavedGraphViewInput,
    @CurrentUser() user: RequestUser,
  ): Promise<SavedGraphViewModel> {
    return full(await this.service.create(input, user), user);
  }

  @Mutation(() => SavedGraphViewModel, {
    description:
      'Renames a saved view, replaces its state or shares it (owner or admin); names expectedRevision.',
  })
  @RequireRole('member')
  async updateSavedGraphView(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @Args('input') input: UpdateSavedGraphViewInput,
    @CurrentUser() user: RequestUser,
  ): Promise<SavedGraphViewModel> {
    return full(await this.service.update(id, expectedRevision, input, user), user);
  }

  @Mutation(() => ID, { description: 'Moves a saved view to the Papierkorb (owner or admin).' })
  @RequireRole('member')
  deleteSavedGraphView(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: RequestUser) {
    return this.service.delete(id, user);
  }
}
