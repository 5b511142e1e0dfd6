import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { ChangeLogRepository } from '../store/history/change-log.repository.js';
import { ChangeConnection } from './models/change.model.js';

@Resolver()
export class HistoryResolver {
  constructor(private readonly changes: ChangeLogRepository) {}

  @Query(() => ChangeConnection, { description: 'Who changed what and when, newest first.' })
  @RequireRole('member')
  async history(
    @TotalCountSelected() withCount: boolean,
    @Args('entityId', { type: () => ID }) entityId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    const limit = pageSize(first);
    const { rows, total } = await this.changes.list(entityId, limit, decodeCursor(after), withCount);
    return toConnection(rows, limit, total, (row) => row.at);
  }
}
