import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { CreateGoodPracticeInput } from './dto/create-good-practice.input.js';
import { ListGoodPracticesArgs } from './dto/list-good-practices.args.js';
import { UpdateGoodPracticeInput } from './dto/update-good-practice.input.js';
import type { GoodPracticeRecord } from './good-practice.types.js';
import { GoodPracticesService } from './good-practices.service.js';
import { GoodPracticeConnection, GoodPracticeModel } from './models/good-practice.model.js';

const ID_ARG = { type: () => ID };

@Resolver(() => GoodPracticeModel)
export class GoodPracticesResolver {
  constructor(private readonly service: GoodPracticesService) {}

  @Query(() => GoodPracticeModel, { description: 'One good practice by id (NOT_FOUND if unknown).' })
  @RequireRole('member')
  goodPractice(@Args('id', ID_ARG) id: string): Promise<GoodPracticeRecord> {
    return this.service.goodPractice(id);
  }

  @Query(() => GoodPracticeConnection, {
    description: 'Good practices, filtered, one page at a time.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  goodPractices(@Args() args: ListGoodPracticesArgs, @TotalCountSelected() withCount: boolean) {
    return this.service.goodPractices(args, withCount);
  }

  @Mutation(() => GoodPracticeModel)
  @RequireRole('member')
  createGoodPractice(
    @Args('input') input: CreateGoodPracticeInput,
    @CurrentUser() user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    return this.service.create(input, user);
  }

  @Mutation(() => GoodPracticeModel)
  @RequireRole('member')
  updateGoodPractice(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateGoodPracticeInput,
    @CurrentUser() user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description:
      'Moves the good practice with its links to the Papierkorb (its creator or the steering group); returns its id.',
  })
  @RequireRole('member')
  deleteGoodPractice(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }

  @Mutation(() => GoodPracticeModel, {
    description: 'The good practice evidences the approach (idempotent).',
  })
  @RequireRole('member')
  linkGoodPracticeToSolution(
    @Args('goodPracticeId', ID_ARG) goodPracticeId: string,
    @Args('solutionId', ID_ARG) solutionId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    return this.service.changeSolutionLink('link', goodPracticeId, solutionId, user);
  }

  @Mutation(() => GoodPracticeModel, {
    description: 'The good practice no longer evidences the approach (idempotent).',
  })
  @RequireRole('member')
  unlinkGoodPracticeFromSolution(
    @Args('goodPracticeId', ID_ARG) goodPracticeId: string,
    @Args('solutionId', ID_ARG) solutionId: string,
    @CurrentUser() user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    return this.service.changeSolutionLink('unlink', goodPracticeId, solutionId, user);
  }

  @Mutation(() => GoodPracticeModel, { description: 'Replaces the actors practising it ([] removes all).' })
  @RequireRole('member')
  setGoodPracticeActors(
    @Args('goodPracticeId', ID_ARG) goodPracticeId: string,
    @Args('actorIds', { type: () => [ID] }) actorIds: string[],
    @CurrentUser() user: RequestUser,
  ): Promise<GoodPracticeRecord> {
    return this.service.setActors(goodPracticeId, actorIds, user);
  }
}
