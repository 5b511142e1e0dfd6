import { Args, ID, Int, Mutation, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { decodeCursor, pageSize, toConnection } from '../common/pagination/cursor.js';
import { ChangeLogRepository } from '../store/history/change-log.repository.js';
import { WritePath } from '../store/write/write-path.js';
import { ChangeConnection } from './models/change.model.js';

enum ChangeSide {
  FROM = 'from',
  TO = 'to',
}
registerEnumType(ChangeSide, {
  name: 'ChangeSide',
  description: 'FROM: the value before the change; TO: the value it set',
});

@Resolver()
export class HistoryResolver {
  constructor(
    private readonly changes: ChangeLogRepository,
    private readonly writes: WritePath,
  ) {}

  @Query(() => ChangeConnection, { description: 'Who changed what and when, newest first.' })
  @RequireRole('member')
  async history(
    @TotalCountSelected() withCount: boolean,
    @Args('entityId', { type: () => ID }) entityId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @CurrentUser() user?: RequestUser,
  ) {
    const limit = pageSize(first);
    const { rows, total } = await this.changes.list(entityId, limit, decodeCursor(after), withCount, {
      userId: user!.id,
      admin: user!.role === 'admin',
      personalTypes: this.writes.personalTypes(),
    });
    return toConnection(rows, limit, total, (row) => row.cursorValue);
  }

  @Mutation(() => ID, {
    description:
      'Sets one field back to its value before (FROM) or after (TO) a recorded change, as a new change; ' +
      'names the revision it was based on like any update (CONFLICT when stale). Returns the entity id.',
  })
  @RequireRole('member')
  async restoreFieldValue(
    @Args('changeId', { type: () => ID }) changeId: string,
    @Args('field') field: string,
    @Args('side', { type: () => ChangeSide }) side: ChangeSide,
    @Args('expectedRevision', { type: () => Int }) expectedRevision: number,
    @CurrentUser() user: RequestUser,
  ): Promise<string> {
    const restored = await this.writes.restoreFieldValue(changeId, field, side, expectedRevision, user);
    return restored.entityId;
  }
}
