import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';

export const TEMPLATE_DATABASE = 'openclr_test_template';

export interface TestDatabase {
  dataSource: DataSource;
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.OPENCLR_TEST_ADMIN_URL;
  if (!url) throw new Error('OPENCLR_TEST_ADMIN_URL is not set: run tests through jest (global setup)');
  return url;
}

/** A fresh database for one test file, cloned from the migrated template (tens of milliseconds). */
export async function createTestDatabase(options: { logger?: Logger } = {}): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), logger: options.logger, poolSize: 5 });
  await dataSource.initialize();
  return {
    dataSource,
    url: url.toString(),
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      const client = new Client({ connectionString: adminUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
