import { Global, Module } from '@nestjs/common';
import { MigrationRunner } from './migrations/migration-runner.js';
import { Neo4jService } from './neo4j.service.js';

@Global()
@Module({
  providers: [Neo4jService, MigrationRunner],
  exports: [Neo4jService, MigrationRunner],
})
export class DatabaseModule {}
