import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { CreateMandateInput, UpdateMandateInput } from './dto/mandate.inputs.js';
import type { MandateRecord } from './mandate.types.js';
import { MandatesService } from './mandates.service.js';
import { MandateModel, SteeringGroupModel } from './models/mandate.model.js';

const ID_ARG = { type: () => ID };

@Resolver(() => MandateModel)
export class MandatesResolver {
  constructor(private readonly service: MandatesService) {}

  @Query(() => MandateModel, { description: 'One mandate by id (NOT_FOUND if unknown).' })
  @RequireRole('member')
  mandate(@Args('id', ID_ARG) id: string): Promise<MandateRecord> {
    return this.service.mandate(id);
  }

  @Query(() => SteeringGroupModel, {
    description:
      'The steering group on one day (YYYY-MM-DD; default today in Europe/Berlin): the mandates running then.',
  })
  @RequireRole('member')
  steeringGroup(@Args('on', { type: () => String, nullable: true }) on?: string | null) {
    return this.service.steeringGroup(on);
  }

  @Query(() => [MandateModel], {
    description:
      'Mandates whose term ends within the next 90 days and whose seat has no follow-up mandate yet (same person or organisation), soonest first.',
  })
  @RequireRole('member')
  dueMandateConfirmations(): Promise<MandateRecord[]> {
    return this.service.dueConfirmations();
  }

  @Mutation(() => MandateModel, {
    description:
      'Adds a mandate (steering group and admins). CONFLICT with reason TOO_MANY_MANDATES naming the day if an eleventh would run, MANDATE_OVERLAP if the person already holds one then.',
  })
  @RequireRole('member')
  createMandate(@Args('input') input: CreateMandateInput, @CurrentUser() user: RequestUser) {
    return this.service.create(input, user);
  }

  @Mutation(() => MandateModel, {
    description: 'Changes a mandate (steering group and admins), same rules as create.',
  })
  @RequireRole('member')
  updateMandate(
    @Args('id', ID_ARG) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateMandateInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.service.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description: 'Moves a mandate to the Papierkorb (steering group and admins). Returns its id.',
  })
  @RequireRole('member')
  deleteMandate(@Args('id', ID_ARG) id: string, @CurrentUser() user: RequestUser): Promise<string> {
    return this.service.delete(id, user);
  }
}
