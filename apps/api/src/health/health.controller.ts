import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { Public } from '../auth/access.decorator.js';
import { Neo4jService } from '../database/neo4j.service.js';

@Controller()
export class HealthController {
  constructor(private readonly neo4j: Neo4jService) {}

  /** The process is alive. */
  @Get('health')
  @Public()
  @HttpCode(200)
  health() {
    return { status: 'ok' };
  }

  /** The process can serve requests: Neo4j answers. */
  @Get('ready')
  @Public()
  async ready() {
    if (!(await this.neo4j.isReachable())) {
      throw new ServiceUnavailableException({ status: 'unavailable', reason: 'neo4j' });
    }
    return { status: 'ready' };
  }
}
