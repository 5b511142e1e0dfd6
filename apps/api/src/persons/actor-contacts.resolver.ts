import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ActorModel } from '../actors/models/actor.model.js';
import { ActorContactModel } from './models/works-for.model.js';
import { PersonsService } from './persons.service.js';

/** Adds `Actor.persons`; it lives here because persons depend on actors, not the other way round. */
@Resolver(() => ActorModel)
export class ActorContactsResolver {
  constructor(private readonly service: PersonsService) {}

  @ResolveField(() => [ActorContactModel], {
    description: 'Contact persons (Ansprechpersonen) with their role',
  })
  persons(@Parent() actor: ActorModel, @Context('req') request: object) {
    return this.service.contactsOf(request, actor.id);
  }
}
