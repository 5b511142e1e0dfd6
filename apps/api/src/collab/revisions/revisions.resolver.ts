import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../../auth/request-user.js';
import { TotalCountSelected } from '../../common/pagination/total-count.js';
import { connectionComplexity } from '../../graphql/query-limits.js';
import { ListRevisionsArgs } from './dto/list-revisions.args.js';
import {
  GuidelineRevisionConnection,
  GuidelineRevisionContentModel,
  GuidelineRevisionModel,
} from './models/guideline-revision.model.js';
import { RevisionsService } from './revisions.service.js';

const ID_ARG = { type: () => ID };

@Resolver(() => GuidelineRevisionModel)
export class RevisionsResolver {
  constructor(private readonly service: RevisionsService) {}

  @Query(() => GuidelineRevisionConnection, {
    description: 'A guideline’s revisions (Verlauf), newest first.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  guidelineRevisions(@Args() args: ListRevisionsArgs, @TotalCountSelected() withCount: boolean) {
    return this.service.list(args, withCount);
  }

  @Query(() => GuidelineRevisionContentModel, {
    description: 'One revision with its text (NOT_FOUND if unknown or its guideline is in the Papierkorb).',
  })
  @RequireRole('member')
  guidelineRevision(@Args('id', ID_ARG) id: string) {
    return this.service.revision(id);
  }

  @Mutation(() => GuidelineRevisionModel, {
    description: 'Keeps the current text as a named revision (benannter Stand).',
  })
  @RequireRole('member')
  nameGuidelineRevision(
    @Args('guidelineId', ID_ARG) guidelineId: string,
    @Args('name') name: string,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.name(guidelineId, name, user);
  }

  @Mutation(() => GuidelineRevisionModel, {
    description:
      'Brings the text back to this revision as a normal co-edited change: everyone present sees it at once; the text before is kept as a revision. Returns the restored revision.',
  })
  @RequireRole('member')
  restoreGuidelineRevision(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser) {
    return this.service.restore(id, user);
  }
}
