import 'reflect-metadata';
import { Client } from 'pg';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource } from '../../src/db/data-source';
import { startLocalPostgres } from '../../src/db/local-postgres';
import { TEMPLATE_DATABASE } from './database';

/**
 * Starts one real PostgreSQL for the run (or uses TEST_DATABASE_URL, an admin URL of an external server), and
 * migrates a template database once; each test file then clones it (see `createTestDatabase`).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const pg = await startLocalPostgres({ dataDir: join(tmpdir(), `openclr-test-pg-${process.pid}`), ephemeral: true });
    (globalThis as Record<string, unknown>).__OPENCLR_PG__ = pg;
    adminUrl = pg.url();
  }
  process.env.OPENCLR_TEST_ADMIN_URL = adminUrl;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${TEMPLATE_DATABASE}`;
  const dataSource = createDataSource({ url: url.toString() });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}
