import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import neo4j, { Driver, ManagedTransaction, QueryResult, RecordShape, isRetryableError } from 'neo4j-driver';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';

/** The part of a transaction repositories use. Every `run` is one database round trip. */
export interface Tx {
  run<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>>;
}

/** Attempts of a single-statement read before a transient error reaches the caller. */
const READ_ATTEMPTS = 3;

/**
 * Owns the driver. Repositories get explicit read or write transactions (retried by the driver on
 * transient errors, routed to readers or the leader in a cluster) and never see a session. A read of
 * one statement can skip the transaction frame (`readQuery`).
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

  /**
   * One read statement as an auto-commit query: RUN and PULL without BEGIN and COMMIT, one round trip
   * instead of two, which is what the per-request loaders and single-statement lists spend most on
   * (measured in BENCHMARKS.md). A single statement reads one consistent snapshot anyway; transient
   * errors are retried here because the driver retries only managed transactions.
   */
  async readQuery<R extends RecordShape = RecordShape>(
    cypher: string,
    params?: Record<string, unknown>,
  ): Promise<QueryResult<R>> {
    for (let attempt = 1; ; attempt += 1) {
      this.queryCount += 1;
      try {
        return await this.withSession('READ', async (session) => await session.run<R>(cypher, params));
      } catch (error) {
        if (attempt >= READ_ATTEMPTS || !isRetryableError(error as Error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  /**
   * `read` for work that runs exactly one statement: it runs as an auto-commit query (`readQuery`).
   * A second statement fails loudly, because only a transaction (`read`) gives several statements one
   * consistent snapshot.
   */
  readStatement<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    let used = false;
    return work({
      run: <R extends RecordShape = RecordShape>(cypher: string, params?: Record<string, unknown>) => {
        if (used) throw new Error('readStatement runs one statement; use read() for more');
        used = true;
        return this.readQuery<R>(cypher, params);
      },
    });
  }

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withSession('WRITE', (session) => session.executeWrite((tx) => work(this.counted(tx))));
  }

  /**
   * One read statement that `queryCount` leaves out: polling done in the background (the revocation
   * watch) must not blur what specs count per request.
   */
  async backgroundRead<R extends RecordShape = RecordShape>(cypher: string): Promise<QueryResult<R>> {
    return this.withSession('READ', async (session) => await session.run<R>(cypher));
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
