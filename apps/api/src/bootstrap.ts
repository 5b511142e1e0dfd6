import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { FirstAdminService } from './accounts/first-admin.service.js';
import { AppModule } from './app.module.js';
import { configureHttpAuth } from './auth/http-setup.js';
import { APP_CONFIG } from './config/config.module.js';
import { AppConfig } from './config/config.schema.js';
import { MigrationRunner } from './database/migrations/migration-runner.js';
import { AgreementSeeder } from './seed/agreement/agreement.seeder.js';
import { TemplateSeeder } from './seed/templates/template.seeder.js';

/**
 * Creates the app and brings the database up to date (migrations, then the agreement's and the templates'
 * seeds) before it listens. Used by main.ts and by the integration specs, so both boot exactly the same
 * server.
 */
export async function createApp(options: { logger?: false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger === false ? false : undefined,
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  // Express's default of 100 kB is too small for a CSV import of a few thousand actors (up to 5,000 rows).
  app.useBodyParser('json', { limit: '10mb' });
  configureHttpAuth(app);
  await app.get(MigrationRunner).migrate();
  await app.get(AgreementSeeder).seed();
  await app.get(TemplateSeeder).seed();
  await app.get(FirstAdminService).announce();
  return app;
}

export async function listen(app: INestApplication): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
  new Logger('Netzwerkstatt').log(`GraphQL: ${config.PUBLIC_URL}/graphql`);
}
