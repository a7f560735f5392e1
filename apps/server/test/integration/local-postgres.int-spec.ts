import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startLocalPostgres } from '../../src/db/local-postgres';

const query = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

describe(startLocalPostgres.name, () => {
  it('should let a second process of ours share a running PostgreSQL on the same data dir, and leave stopping to the first', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'openclr-lpg-')), 'pg');
    const lines: string[] = [];
    const sut = await startLocalPostgres({ dataDir, log: (line) => lines.push(line) });
    try {
      await query(sut.url(), 'CREATE TABLE marker (id int)');
      const shared = await startLocalPostgres({ dataDir, log: (line) => lines.push(line) });
      expect(shared.port).toBe(sut.port);
      expect(lines.some((l) => l.startsWith(`Using the PostgreSQL already running on ${sut.dataDir} (port ${sut.port}`))).toBe(true);
      await shared.stop();
      expect(await query(sut.url(), `SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'marker'`)).toEqual([{ n: 1 }]);
    } finally {
      await sut.stop();
    }
    await expect(query(sut.url(), 'SELECT 1')).rejects.toThrow();
  });
});
