import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { EXPECTED_REVISION } from '../store/write/write-args.js';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { ActorLinksService } from './actor-links.service.js';
import { ActorMutationsService } from './actor-mutations.service.js';
import { CreateActorInput } from './dto/create-actor.input.js';
import { LinkActorArgs } from './dto/link-actor.args.js';
import { UpdateActorInput } from './dto/update-actor.input.js';
import { ActorModel } from './models/actor.model.js';

@Resolver(() => ActorModel)
export class ActorMutationsResolver {
  constructor(
    private readonly mutations: ActorMutationsService,
    private readonly links: ActorLinksService,
  ) {}

  @Mutation(() => ActorModel, { description: 'Creates an actor; CONFLICT if one with the same name exists.' })
  @RequireRole('member')
  createActor(@Args('input') input: CreateActorInput, @CurrentUser() user: RequestUser) {
    return this.mutations.create(input, user);
  }

  @Mutation(() => ActorModel, { description: 'Changes the given fields of an actor; the rest stays.' })
  @RequireRole('member')
  updateActor(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedRevision', { type: () => Int, description: EXPECTED_REVISION }) expectedRevision: number,
    @Args('input') input: UpdateActorInput,
    @CurrentUser() user: RequestUser,
  ) {
    return this.mutations.update(id, expectedRevision, input, user);
  }

  @Mutation(() => ID, {
    description:
      'Moves an actor with its links to the Papierkorb (its creator or the steering group); its contact persons stay. Returns the id.',
  })
  @RequireRole('member')
  deleteActor(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: RequestUser) {
    return this.mutations.delete(id, user);
  }

  @Mutation(() => ActorModel, { description: 'Links an actor to a category, action field or region.' })
  @RequireRole('member')
  linkActor(@Args() args: LinkActorArgs, @CurrentUser() user: RequestUser) {
    return this.links.link(args.actorId, args.targetId, args.relation, user.id);
  }

  @Mutation(() => ActorModel, {
    description: 'Removes a link of an actor to a category, action field or region.',
  })
  @RequireRole('member')
  unlinkActor(@Args() args: LinkActorArgs, @CurrentUser() user: RequestUser) {
    return this.links.unlink(args.actorId, args.targetId, args.relation, user.id);
  }
}
