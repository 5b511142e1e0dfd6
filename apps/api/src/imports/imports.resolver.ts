import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/access.decorator.js';
import { CurrentUser, type RequestUser } from '../auth/request-user.js';
import { ActorImportService } from './actor-import.service.js';
import { ActorImportRowInput } from './dto/actor-import-row.input.js';
import { ActorImportCheckModel, ActorImportResultModel } from './models/actor-import.model.js';

@Resolver()
export class ImportsResolver {
  constructor(private readonly actorImport: ActorImportService) {}

  @Query(() => ActorImportCheckModel, {
    description:
      'Checks up to 500 rows of an actor CSV file by the rules of createActor and lists every problem by line; writes nothing.',
  })
  @RequireRole('member')
  validateActorImport(@Args('rows', { type: () => [ActorImportRowInput] }) rows: ActorImportRowInput[]) {
    return this.actorImport.check(rows);
  }

  @Mutation(() => ActorImportResultModel, {
    description:
      'Creates up to 5,000 actors in one transaction with their history, or none: BAD_USER_INPUT naming every wrong line.',
  })
  @RequireRole('member')
  importActors(
    @Args('rows', { type: () => [ActorImportRowInput] }) rows: ActorImportRowInput[],
    @CurrentUser() user: RequestUser,
  ) {
    return this.actorImport.import(rows, user.id);
  }
}
