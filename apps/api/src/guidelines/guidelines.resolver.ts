import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { ReferenceService } from '../reference/reference.service.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { ActionFieldModel } from '../reference/models/action-field.model.js';
import { CreateGuidelineInput } from './dto/create-guideline.input.js';
import { ListGuidelinesArgs } from './dto/list-guidelines.args.js';
import { UpdateGuidelineInput } from './dto/update-guideline.input.js';
import type { GuidelineRecord } from './guideline.types.js';
import { GuidelinesService } from './guidelines.service.js';
import { GuidelineConnection, GuidelineModel } from './models/guideline.model.js';

const ID_ARG = { type: () => ID };

@Resolver(() => GuidelineModel)
export class GuidelinesResolver {
  constructor(
    private readonly service: GuidelinesService,
    private readonly reference: ReferenceService,
  ) {}

  @Query(() => GuidelineModel, { description: "One guideline's metadata by id (NOT_FOUND if unknown)." })
  @RequireRole('member')
  guideline(@Args('id', ID_ARG) id: string): Promise<GuidelineRecord> {
    return this.service.guideline(id);
  }

  @Query(() => GuidelineConnection, {
    description: 'Guideline metadata, filtered, one page at a time.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  guidelines(@Args() args: ListGuidelinesArgs, @TotalCountSelected() withCount: boolean) {
    return this.service.guidelines(args, withCount);
  }

  @Mutation(() => GuidelineModel, { description: 'Creates a draft guideline.' })
  @RequireRole('member')
  createGuideline(
    @Args('input') input: CreateGuidelineInput,
    @CurrentUser() user: RequestUser,
  ): Promise<GuidelineRecord> {
    return this.service.create(input, user);
  }

  @Mutation(() => GuidelineModel, { description: 'Status changes: steering group only.' })
  @RequireRole('member')
  updateGuideline(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateGuidelineInput,
    @CurrentUser() user: RequestUser,
  ): Promise<GuidelineRecord> {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => GuidelineModel, {
    description:
      'Publishes a guideline in review (steering group): its text is frozen as the next numbered version (GuidelineVersion), the version label becomes that number, and the text stays open for the next draft.',
  })
  @RequireRole('member')
  publishGuideline(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @CurrentUser() user: RequestUser,
  ): Promise<GuidelineRecord> {
    return this.service.publish(id, expectedRevision, user);
  }

  @Mutation(() => ID, {
    description:
      'Moves the guideline to the Papierkorb: a draft by its creator or the steering group; in review or published, by the steering group. Returns its id.',
  })
  @RequireRole('member')
  deleteGuideline(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }

  @ResolveField('actionField', () => ActionFieldModel, {
    nullable: true,
    description: 'The action field it serves',
  })
  async actionField(@Parent() guideline: GuidelineRecord): Promise<ActionFieldModel | null> {
    return guideline.actionFieldId ? this.reference.findActionField(guideline.actionFieldId) : null;
  }
}
