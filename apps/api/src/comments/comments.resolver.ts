import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import type { CommentRecord, CommentThreadRecord, MentionableAccount } from './comment.types.js';
import { CommentsService } from './comments.service.js';
import { CreateCommentInput } from './dto/create-comment.input.js';
import { UpdateCommentInput } from './dto/update-comment.input.js';
import { CommentModel, CommentThreadModel, MentionableAccountModel } from './models/comment.model.js';

const ID_ARG = { type: () => ID };

@Resolver(() => CommentModel)
export class CommentsResolver {
  constructor(private readonly service: CommentsService) {}

  @Query(() => [CommentThreadModel], {
    description: "A guideline's comment threads with their replies, oldest first.",
  })
  @RequireRole('member')
  guidelineComments(
    @Args('guidelineId', ID_ARG) guidelineId: string,
    @Args('includeResolved', { type: () => Boolean, nullable: true, defaultValue: false })
    includeResolved: boolean,
  ): Promise<CommentThreadRecord[]> {
    return this.service.threads(guidelineId, includeResolved);
  }

  @Query(() => [MentionableAccountModel], {
    description: 'Active accounts whose name contains the text (at most 10), for `@` in a comment.',
  })
  @RequireRole('member')
  accountsForMention(@Args('text') text: string): Promise<MentionableAccount[]> {
    return this.service.mentionable(text);
  }

  @Mutation(() => CommentModel, { description: 'Comments on a guideline, or replies to a thread.' })
  @RequireRole('member')
  createComment(
    @Args('input') input: CreateCommentInput,
    @CurrentUser() user: RequestUser,
  ): Promise<CommentRecord> {
    return this.service.create(input, user);
  }

  @Mutation(() => CommentModel, { description: 'Changes the text of your own comment.' })
  @RequireRole('member')
  updateComment(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateCommentInput,
    @CurrentUser() user: RequestUser,
  ): Promise<CommentRecord> {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => CommentModel, { description: 'Marks a thread resolved (a reply stands for its thread).' })
  @RequireRole('member')
  resolveCommentThread(
    @Args('id', ID_ARG) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<CommentRecord> {
    return this.service.setResolved(id, true, user);
  }

  @Mutation(() => CommentModel, { description: 'Opens a resolved thread again.' })
  @RequireRole('member')
  reopenCommentThread(
    @Args('id', ID_ARG) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<CommentRecord> {
    return this.service.setResolved(id, false, user);
  }

  @Mutation(() => ID, {
    description:
      'Moves a comment to the Papierkorb: your own, or any for the steering group. Returns its id.',
  })
  @RequireRole('member')
  deleteComment(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }
}
