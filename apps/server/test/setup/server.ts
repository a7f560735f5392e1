import { mkdtempSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from 'typeorm';
import { createApp, OpenClrApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createTestDatabase, TestDatabase } from './database';

/** Counts the SQL statements the server sends, to prove that request cost does not grow with row counts. */
export class StatementCounter implements Logger {
  statements: string[] = [];

  logQuery(query: string): void {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(query)) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}

  reset(): void {
    this.statements = [];
  }
}

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  db: TestDatabase;
  url: string;
  sql: StatementCounter;
  app: OpenClrApp;
  /** POSTs a GraphQL operation over real HTTP; `token` is sent as a bearer token. */
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/** A real server on a random port with its own fresh database. */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const sql = new StatementCounter();
  const db = await createTestDatabase({ logger: sql });
  const config = { ...loadConfig({ OPENCLR_DATA_DIR: mkdtempSync(join(tmpdir(), 'openclr-test-data-')), ...env }), port: 0 };
  const app = await createApp(db.dataSource, config);
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  return {
    db,
    url,
    sql,
    app,
    graphql: async (query, variables, token) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    stop: async () => {
      await app.stop();
      await db.drop();
    },
  };
}
