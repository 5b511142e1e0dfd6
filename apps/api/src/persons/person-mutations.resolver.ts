import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
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
    return this.mutations.create(input, user.id);
  }

  @Mutation(() => PersonModel, { description: 'Changes the given fields of a person; the rest stays.' })
  @RequireRole('member')
  updatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdatePersonInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.mutations.update(id, input, user.id);
  }

  @Mutation(() => ID, { description: 'Deletes a person and their links to actors. Returns the deleted id.' })
  @RequireRole('member')
  deletePerson(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: RequestUser) {
    return this.mutations.delete(id, user.id);
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
