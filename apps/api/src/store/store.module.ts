import { Global, Module } from '@nestjs/common';
import { ChangeLogRepository } from './history/change-log.repository.js';
import { LinksRepository } from './links/links.repository.js';

/**
 * The query and write infrastructure every concept module builds on: the change log, links between
 * nodes and the one write path. It imports no concept module; concepts import it.
 */
@Global()
@Module({
  providers: [ChangeLogRepository, LinksRepository],
  exports: [ChangeLogRepository, LinksRepository],
})
export class StoreModule {}
