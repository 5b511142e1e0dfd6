import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { AccessGuard } from './auth/access.guard.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { AppConfig } from './config/config.schema.js';
import { DatabaseModule } from './database/database.module.js';
import { graphqlConfig } from './graphql/graphql.config.js';
import { HealthModule } from './health/health.module.js';
import { HistoryModule } from './history/history.module.js';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, GraphQLSchemaHost],
      useFactory: graphqlConfig,
    }),
    HealthModule,
    HistoryModule,
  ],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }],
})
export class AppModule {}
