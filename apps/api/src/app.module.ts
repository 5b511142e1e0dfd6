import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { AccountsModule } from './accounts/accounts.module.js';
import { ActorsModule } from './actors/actors.module.js';
import { AnalysisModule } from './analysis/analysis.module.js';
import { GapsModule } from './gaps/gaps.module.js';
import { AccessGuard } from './auth/access.guard.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { ChallengesModule } from './challenges/challenges.module.js';
import { CollabModule } from './collab/collab.module.js';
import { APP_CONFIG, ConfigModule } from './config/config.module.js';
import { CommentsModule } from './comments/comments.module.js';
import { DatabaseModule } from './database/database.module.js';
import { GoodPracticesModule } from './good-practices/good-practices.module.js';
import { GraphModule } from './graph/graph.module.js';
import { SavedViewsModule } from './saved-views/saved-views.module.js';
import { GuidelineExportModule } from './guideline-export/guideline-export.module.js';
import { graphqlConfig } from './graphql/graphql.config.js';
import { GuidelinesModule } from './guidelines/guidelines.module.js';
import { HealthModule } from './health/health.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { MandatesModule } from './mandates/mandates.module.js';
import { MeetingsModule } from './meetings/meetings.module.js';
import { HistoryModule } from './history/history.module.js';
import { ImportsModule } from './imports/imports.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { LegalModule } from './legal/legal.module.js';
import { PasswordResetsModule } from './password-resets/password-resets.module.js';
import { PersonsModule } from './persons/persons.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { SearchModule } from './search/search.module.js';
import { SeedModule } from './seed/seed.module.js';
import { SessionsModule } from './sessions/sessions.module.js';
import { StoreModule } from './store/store.module.js';
import { SolutionsModule } from './solutions/solutions.module.js';
import { TrashModule } from './trash/trash.module.js';
import { WebHostModule } from './web-host/web-host.module.js';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    StoreModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, GraphQLSchemaHost],
      useFactory: graphqlConfig,
    }),
    HealthModule,
    HistoryModule,
    SeedModule,
    ReferenceModule,
    ActorsModule,
    PersonsModule,
    ChallengesModule,
    SolutionsModule,
    GoodPracticesModule,
    GuidelinesModule,
    CommentsModule,
    NotificationsModule,
    MandatesModule,
    MeetingsModule,
    CollabModule,
    GuidelineExportModule,
    GraphModule,
    SavedViewsModule,
    SearchModule,
    AnalysisModule,
    GapsModule,
    AccountsModule,
    SessionsModule,
    InvitationsModule,
    PasswordResetsModule,
    LegalModule,
    ImportsModule,
    TrashModule,
    WebHostModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
})
export class AppModule {}
