import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../../auth/request-user.js';
import { EXPECTED_REVISION } from '../../store/write/write-args.js';
import { CreateActionItemInput, UpdateActionItemInput } from '../dto/action-item.inputs.js';
import { ActionItemModel } from '../models/action-item.model.js';
import { ActionItemsService } from './action-items.service.js';

const ID_ARG = { type: () => ID };

@Resolver(() => ActionItemModel)
export class ActionItemsResolver {
  constructor(private readonly service: ActionItemsService) {}

  @Mutation(() => ActionItemModel, {
    description: 'Raises an action item at a meeting (steering group and admins).',
  })
  @RequireRole('member')
  createActionItem(@Args('input') input: CreateActionItemInput, @CurrentUser() user: RequestUser) {
    return this.service.create(input, user);
  }

  @Mutation(() => ActionItemModel, {
    description: 'Changes an action item, e.g. its status (steering group and admins).',
  })
  @RequireRole('member')
  updateActionItem(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateActionItemInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, { description: 'Moves an action item to the Papierkorb. Returns its id.' })
  @RequireRole('member')
  deleteActionItem(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }
}
