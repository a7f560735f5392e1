import type { LocalPostgres } from '../../src/db/local-postgres';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as Record<string, unknown>).__OPENCLR_PG__ as LocalPostgres | undefined;
  await pg?.stop();
}
