import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { CreateSolutionApproachInput } from './dto/create-solution-approach.input.js';
import { ListSolutionApproachesArgs } from './dto/list-solution-approaches.args.js';
import { UpdateSolutionApproachInput } from './dto/update-solution-approach.input.js';
import { SolutionApproachConnection, SolutionApproachModel } from './models/solution-approach.model.js';
import type { SolutionApproachRecord } from './solution.types.js';
import { SolutionsService } from './solutions.service.js';

const ID_ARG = { type: () => ID };

@Resolver(() => SolutionApproachModel)
export class SolutionsResolver {
  constructor(private readonly service: SolutionsService) {}

  @Query(() => SolutionApproachModel, { description: 'One solution approach by id (NOT_FOUND if unknown).' })
  @RequireRole('member')
  solutionApproach(@Args('id', ID_ARG) id: string): Promise<SolutionApproachRecord> {
    return this.service.solutionApproach(id);
  }

  @Query(() => SolutionApproachConnection, {
    description: 'Solution approaches, filtered, one page at a time.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  solutionApproaches(@Args() args: ListSolutionApproachesArgs, @TotalCountSelected() withCount: boolean) {
    return this.service.solutionApproaches(args, withCount);
  }

  @Mutation(() => SolutionApproachModel)
  @RequireRole('member')
  createSolutionApproach(
    @Args('input') input: CreateSolutionApproachInput,
    @CurrentUser() user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    return this.service.create(input, user);
  }

  @Mutation(() => SolutionApproachModel)
  @RequireRole('member')
  updateSolutionApproach(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateSolutionApproachInput,
    @CurrentUser() user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description:
      'Moves the solution approach with its links to the Papierkorb (its creator or the steering group); returns its id.',
  })
  @RequireRole('member')
  deleteSolutionApproach(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }

  @Mutation(() => SolutionApproachModel, {
    description: 'The approach addresses the challenge (idempotent).',
  })
  @RequireRole('member')
  linkSolutionToChallenge(
    @Args('solutionId', ID_ARG) solutionId: string,
    @Args('challengeId', ID_ARG) challengeId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    return this.service.changeChallengeLink('link', solutionId, challengeId, user);
  }

  @Mutation(() => SolutionApproachModel, {
    description: 'The approach no longer addresses the challenge (idempotent).',
  })
  @RequireRole('member')
  unlinkSolutionFromChallenge(
    @Args('solutionId', ID_ARG) solutionId: string,
    @Args('challengeId', ID_ARG) challengeId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    return this.service.changeChallengeLink('unlink', solutionId, challengeId, user);
  }

  @Mutation(() => SolutionApproachModel, { description: 'The actor carries the approach (idempotent).' })
  @RequireRole('member')
  linkActorToSolution(
    @Args('actorId', ID_ARG) actorId: string,
    @Args('solutionId', ID_ARG) solutionId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    return this.service.changeCarrierLink('link', actorId, solutionId, user);
  }

  @Mutation(() => SolutionApproachModel, {
    description: 'The actor no longer carries the approach (idempotent).',
  })
  @RequireRole('member')
  unlinkActorFromSolution(
    @Args('actorId', ID_ARG) actorId: string,
    @Args('solutionId', ID_ARG) solutionId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<SolutionApproachRecord> {
    return this.service.changeCarrierLink('unlink', actorId, solutionId, user);
  }
}
