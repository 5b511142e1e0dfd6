import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module.js';
import { ActorContactsResolver } from './actor-contacts.resolver.js';
import { PersonListRepository } from './person-list.repository.js';
import { PersonMutationsResolver } from './person-mutations.resolver.js';
import { PersonMutationsService } from './person-mutations.service.js';
import { PersonWriteRepository } from './person-write.repository.js';
import { PersonsRepository } from './persons.repository.js';
import { PersonsResolver } from './persons.resolver.js';
import { PersonsService } from './persons.service.js';

@Module({
  imports: [ActorsModule],
  providers: [
    PersonsRepository,
    PersonListRepository,
    PersonWriteRepository,
    PersonsService,
    PersonMutationsService,
    PersonsResolver,
    PersonMutationsResolver,
    ActorContactsResolver,
  ],
})
export class PersonsModule {}
