import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../../auth/request-user.js';
import { EXPECTED_REVISION } from '../../store/write/write-args.js';
import { CreateAgendaItemInput, UpdateAgendaItemInput } from '../dto/agenda-item.inputs.js';
import { AgendaItemModel } from '../models/agenda-item.model.js';
import { AgendaItemsService } from './agenda-items.service.js';

const ID_ARG = { type: () => ID };

@Resolver(() => AgendaItemModel)
export class AgendaItemsResolver {
  constructor(private readonly service: AgendaItemsService) {}

  @Mutation(() => AgendaItemModel, {
    description: 'Adds an agenda item to a meeting (steering group and admins).',
  })
  @RequireRole('member')
  createAgendaItem(@Args('input') input: CreateAgendaItemInput, @CurrentUser() user: RequestUser) {
    return this.service.create(input, user);
  }

  @Mutation(() => AgendaItemModel, {
    description: 'Changes an agenda item, its links or its decision (steering group and admins).',
  })
  @RequireRole('member')
  updateAgendaItem(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, { description: 'Moves an agenda item to the Papierkorb. Returns its id.' })
  @RequireRole('member')
  deleteAgendaItem(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }
}
