import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { addDays } from './trash-dates.js';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { TRASH_DAYS, WritePath } from '../store/write/write-path.js';
import type { TrashedNode } from '../store/write/write-path.repository.js';
import { TrashItemConnection, TrashItemModel } from './models/trash-item.model.js';
import { TrashRepository } from './trash.repository.js';

@Resolver(() => TrashItemModel)
export class TrashResolver {
  constructor(
    private readonly items: TrashRepository,
    private readonly writes: WritePath,
  ) {}

  @Query(() => TrashItemConnection, { description: 'The Papierkorb, most recently deleted first.' })
  @RequireRole('member')
  async trash(
    @TotalCountSelected() withCount: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @CurrentUser() user?: RequestUser,
  ) {
    const limit = pageSize(first);
    const { rows, total } = await this.items.page(limit, decodeCursor(after), withCount, {
      userId: user!.id,
      admin: user!.role === 'admin',
      personalTypes: this.writes.personalTypes(),
    });
    return toConnection(rows, limit, total, (row) => row.sort);
  }

  @Mutation(() => TrashItemModel, {
    description: 'Brings a record back with its links. Who created or deleted it, or the steering group.',
  })
  @RequireRole('member')
  async restoreFromTrash(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<TrashItemModel> {
    return toItem(await this.writes.restore(id, user));
  }

  @Mutation(() => ID, { description: 'Deletes a record in the Papierkorb for good (steering group only).' })
  @RequireRole('member')
  async purgeFromTrash(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: RequestUser) {
    await this.writes.purge(id, user);
    return id;
  }
}

function toItem(node: TrashedNode): TrashItemModel {
  return {
    id: node.id,
    entityType: node.type,
    title: node.title,
    deletedAt: node.deletedAt,
    deletedBy: node.deletedBy,
    deletedByName: null,
    purgeAfter: addDays(node.deletedAt, TRASH_DAYS),
  };
}
