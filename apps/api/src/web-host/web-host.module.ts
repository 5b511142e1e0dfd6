import { Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import path from 'node:path';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { webHostHandlers } from './web-host.js';

/**
 * Serves the built web app on the same origin as the API, so cookies and CSRF protection need no
 * cross-origin set-up. Registered after Nest's routes and before its 404 handler (onModuleInit runs
 * between the two), so /graphql, /health and /ready are never shadowed.
 */
@Module({})
export class WebHostModule implements OnModuleInit {
  private readonly logger = new Logger('WebHost');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const distDir = path.resolve(this.config.WEB_DIST_DIR);
    const handlers = webHostHandlers(distDir);
    if (!handlers) {
      this.logger.log(
        `no web app at ${path.relative(process.cwd(), distDir) || distDir}; serving the API only`,
      );
      return;
    }
    const http = this.adapterHost.httpAdapter;
    for (const handler of handlers) http.use(handler);
  }
}
