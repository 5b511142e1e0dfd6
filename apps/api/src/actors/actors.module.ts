import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { ActorLinksService } from './actor-links.service.js';
import { ActorListRepository } from './actor-list.repository.js';
import { ActorMutationsResolver } from './actor-mutations.resolver.js';
import { ActorMutationsService } from './actor-mutations.service.js';
import { ActorWriteRepository } from './actor-write.repository.js';
import { ActorsRepository } from './actors.repository.js';
import { ActorsResolver } from './actors.resolver.js';
import { ActorsService } from './actors.service.js';

@Module({
  imports: [ReferenceModule],
  providers: [
    ActorsRepository,
    ActorListRepository,
    ActorWriteRepository,
    ActorsService,
    ActorMutationsService,
    ActorLinksService,
    ActorsResolver,
    ActorMutationsResolver,
  ],
  exports: [ActorsService, ActorWriteRepository],
})
export class ActorsModule {}
