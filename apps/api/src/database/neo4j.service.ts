import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape } from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';

/** The part of a transaction repositories use. Every `run` is one database round trip. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>>;
}

/**
 * Owns the driver. Repositories get explicit read or write transactions (retried by the driver on
 * transient errors, routed to readers or the leader in a cluster) and never see a session.
 */
@Injectable()
export class Neo4jService implements OnModuleDestroy {
  private readonly logger = new Logger(Neo4jService.name);
  readonly driver: Driver;
  private readonly database?: string;
  /** Counts queries sent; integration tests read it to prove nested queries do not grow per result. */
  queryCount = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const auth = config.NEO4J_PASSWORD
      ? neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD)
      : undefined;
    this.driver = neo4j.driver(config.NEO4J_URI, auth, {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 20_000,
    });
    this.database = config.NEO4J_DATABASE;
  }

  read<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('READ', (session) => session.executeRead((tx) => work(this.counted(tx))));
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite((tx) => work(this.counted(tx))));
  }

  async isReachable(): Promise<boolean> {
    try {
      await this.driver.getServerInfo({ database: this.database });
      return true;
    } catch (error) {
      this.logger.warn(`Neo4j not reachable: ${(error as Error).message}`);
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(
    mode: 'READ' | 'WRITE',
    work: (session: ReturnType<Driver['session']>) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  }

  private counted(tx: ManagedTransaction): Tx {
    return {
      run: <R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>) => {
        this.queryCount += 1;
        return tx.run<R>(cypher, params);
      },
    };
  }
}
