import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { TotalCountSelected } from '../common/pagination/total-count.js';
import { connectionComplexity } from '../graphql/query-limits.js';
import { ListPersonsArgs } from './dto/list-persons.args.js';
import { PersonConnection, PersonModel } from './models/person.model.js';
import { PersonAffiliationModel } from './models/works-for.model.js';
import { PersonsService } from './persons.service.js';

@Resolver(() => PersonModel)
export class PersonsResolver {
  constructor(private readonly service: PersonsService) {}

  @Query(() => PersonModel, { description: 'One contact person by id (NOT_FOUND if there is none).' })
  @RequireRole('member')
  person(@Args('id', { type: () => ID }) id: string) {
    return this.service.get(id);
  }

  @Query(() => PersonConnection, {
    description: 'Contact persons in German name order, paged with cursors.',
    complexity: connectionComplexity,
  })
  @RequireRole('member')
  persons(@Args() args: ListPersonsArgs, @TotalCountSelected() withCount: boolean) {
    return this.service.list(args, withCount);
  }

  @ResolveField(() => [PersonAffiliationModel], { description: 'Actors the person works for, with the role' })
  actors(@Parent() person: PersonModel, @Context('req') request: object) {
    return this.service.affiliationsOf(request, person.id);
  }
}
