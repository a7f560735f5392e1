import { DataSource, Logger } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './data-source';
import { ensureDatabase, LocalPostgres, startLocalPostgres } from './local-postgres';
import { join } from 'node:path';

export interface OpenDatabase {
  dataSource: DataSource;
  /** The PostgreSQL this process started, if any. */
  localPostgres: LocalPostgres | null;
  close(): Promise<void>;
}

const LOCAL_DATABASE = 'openclr';

/**
 * Connects to `DATABASE_URL`, or, when it is unset, starts the bundled PostgreSQL with its data in
 * `<dataDir>/pg` and uses database `openclr` there. Migrations are applied unless `migrate: false`.
 */
export async function openDatabase(
  config: Config,
  options: { migrate?: boolean; logger?: Logger; log?: (line: string) => void; port?: number } = {},
): Promise<OpenDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  let localPostgres: LocalPostgres | null = null;
  let url = config.databaseUrl;
  if (!url) {
    localPostgres = await startLocalPostgres({ dataDir: join(config.dataDir, 'pg'), port: options.port, log });
    await ensureDatabase(localPostgres.url(), LOCAL_DATABASE);
    url = localPostgres.url(LOCAL_DATABASE);
  }
  const dataSource = createDataSource({ url, logger: options.logger });
  try {
    await dataSource.initialize();
    if (options.migrate !== false) {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      for (const migration of applied) log(`Applied migration ${migration.name}`);
    }
  } catch (error) {
    await localPostgres?.stop();
    throw error;
  }
  return {
    dataSource,
    localPostgres,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await localPostgres?.stop();
    },
  };
}
