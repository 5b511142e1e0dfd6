import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { CreatePersonInput } from './dto/create-person.input.js';
import { LinkPersonArgs, UnlinkPersonArgs } from './dto/link-person.args.js';
import { UpdatePersonInput } from './dto/update-person.input.js';
import { PersonModel } from './models/person.model.js';
import { PersonMutationsService } from './person-mutations.service.js';

@Resolver(() => PersonModel)
export class PersonMutationsResolver {
  constructor(private readonly mutations: PersonMutationsService) {}

  @Mutation(() => PersonModel, { description: 'Creates a contact person, optionally working for an actor.' })
  @RequireRole('member')
  createPerson(@Args('input') input: CreatePersonInput, @CurrentUser() user: RequestUser) {
    return this.mutations.create(input, user);
  }

  @Mutation(() => PersonModel, { description: 'Changes the given fields of a person; the rest stays.' })
  @RequireRole('member')
  updatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdatePersonInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.mutations.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description:
      'Moves a person with their links to the Papierkorb (their creator or the steering group). Returns the id.',
  })
  @RequireRole('member')
  deletePerson(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: RequestUser) {
    return this.mutations.delete(id, user);
  }

  @Mutation(() => PersonModel, {
    description: 'Person works for actor (with a role); again with another role changes it.',
  })
  @RequireRole('member')
  linkPersonToActor(@Args() args: LinkPersonArgs, @CurrentUser() user: RequestUser) {
    return this.mutations.link(args.personId, args.actorId, args.role, user.id);
  }

  @Mutation(() => PersonModel, { description: 'Person no longer works for actor.' })
  @RequireRole('member')
  unlinkPersonFromActor(@Args() args: UnlinkPersonArgs, @CurrentUser() user: RequestUser) {
    return this.mutations.unlink(args.personId, args.actorId, user.id);
  }
}
