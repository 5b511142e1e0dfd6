import { Module } from '@nestjs/common';
import { ActorsModule } from '../actors/actors.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ActorImportService } from './actor-import.service.js';
import { ImportsResolver } from './imports.resolver.js';

@Module({
  imports: [ActorsModule, ReferenceModule],
  providers: [ActorImportService, ImportsResolver],
})
export class ImportsModule {}
