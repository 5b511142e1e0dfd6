import { Global, Module } from '@nestjs/common';
import { ChangeLogRepository } from './history/change-log.repository.js';
import { LinksRepository } from './links/links.repository.js';
import { ConceptRegistry } from './write/concept-registry.js';
import { WritePath } from './write/write-path.js';
import { WritePathRepository } from './write/write-path.repository.js';

/**
 * The query and write infrastructure every concept module builds on: the change log, links between
 * nodes and the one write path. It imports no concept module; concepts import it.
 */
@Global()
@Module({
  providers: [ChangeLogRepository, LinksRepository, ConceptRegistry, WritePathRepository, WritePath],
  exports: [ChangeLogRepository, LinksRepository, WritePath],
})
export class StoreModule {}
