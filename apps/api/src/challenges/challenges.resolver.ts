import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import type { ChallengeRecord } from './challenge.types.js';
import { ChallengesService } from './challenges.service.js';
import { CreateChallengeInput } from './dto/create-challenge.input.js';
import { ListChallengesArgs } from './dto/list-challenges.args.js';
import { UpdateChallengeInput } from './dto/update-challenge.input.js';
import { ChallengeConnection, ChallengeModel } from './models/challenge.model.js';

@Resolver(() => ChallengeModel)
export class ChallengesResolver {
  constructor(private readonly service: ChallengesService) {}

  @Query(() => ChallengeModel, { description: 'One challenge by id (NOT_FOUND if unknown).' })
  @RequireRole('member')
  challenge(@Args('id', { type: () => ID }) id: string): Promise<ChallengeRecord> {
    return this.service.challenge(id);
  }

  @Query(() => ChallengeConnection, {
    description: 'Challenges, filtered, one page at a time.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  challenges(@Args() args: ListChallengesArgs, @TotalCountSelected() withCount: boolean) {
    return this.service.challenges(args, withCount);
  }

  @Mutation(() => ChallengeModel, {
    description: 'Status and priority may be given by the steering group only.',
  })
  @RequireRole('member')
  createChallenge(
    @Args('input') input: CreateChallengeInput,
    @CurrentUser() user: RequestUser,
  ): Promise<ChallengeRecord> {
    return this.service.create(input, user);
  }

  @Mutation(() => ChallengeModel, {
    description: 'Status and priority may be changed by the steering group only.',
  })
  @RequireRole('member')
  updateChallenge(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateChallengeInput,
    @CurrentUser() user: RequestUser,
  ): Promise<ChallengeRecord> {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description: 'Moves the challenge with its links to the Papierkorb; returns its id.',
  })
  @RequireRole('member')
  deleteChallenge(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() user: RequestUser,
  ): Promise<string> {
    return this.service.delete(id, user);
  }
}
