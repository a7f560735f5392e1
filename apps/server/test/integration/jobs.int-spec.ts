import PgBoss from 'pg-boss';
import { CredentialService } from '../../src/modules/credential/credential.service';
import { KeyVault } from '../../src/modules/credential/key-vault';
import { KeyService } from '../../src/modules/credential/key.service';
import { PublicUrls } from '../../src/modules/credential/public-urls';
import { SigningPool } from '../../src/modules/credential/signing-pool';
import { verifyCredential } from '@openclr/credentials';
import { createSignCredentialsQueue, enqueuePendingCredentials, SIGN_CREDENTIALS_QUEUE, workSignCredentials } from '../../src/jobs/sign-credentials.job';
import { seedDemo } from '../../src/seed/seed-demo';
import { createTestDatabase, type TestDatabase } from '../setup/database';

jest.setTimeout(120_000);

const count = async (db: TestDatabase, table: string) => Number((await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

async function until(condition: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('sign-credentials job', () => {
  let db: TestDatabase;
  let boss: PgBoss;
  let pool: SigningPool;
  let sut: CredentialService;

  beforeEach(async () => {
    db = await createTestDatabase();
    await seedDemo(db.dataSource, { learners: 40 });
    const vault = new KeyVault(() => 'jobs-test-secret');
    const urls = new PublicUrls({ publicUrl: 'http://localhost:4000' });
    pool = new SigningPool(vault, { threads: 2 });
    sut = new CredentialService(new KeyService(vault, urls), urls, pool);
    boss = new PgBoss({ connectionString: db.url, schema: 'pgboss', max: 3 });
    await boss.start();
    await createSignCredentialsQueue(boss);
  });

  afterEach(async () => {
    await boss.stop({ graceful: false, wait: true });
    await pool.close();
    await db.drop();
  });

  it('should sign every pending award in the background, on the thread pool', async () => {
    const awards = await count(db, 'award');
    expect(awards).toBeGreaterThan(20);
    expect(await count(db, 'award_credential')).toBe(0);

    expect(await enqueuePendingCredentials(db.dataSource, boss, { chunk: 10 })).toBe(awards);
    await workSignCredentials(boss, db.dataSource, sut, { pollingIntervalSeconds: 0.5 });
    await until(async () => (await count(db, 'award_credential')) === awards);

    const [row] = await db.dataSource.query(`SELECT document, jwt FROM award_credential ORDER BY award_id LIMIT 1`);
    const report = await verifyCredential(row.document, {});
    expect(report.checks.find((c) => c.id === 'signature:0')?.status).toBe('passed');
    expect((await verifyCredential(row.jwt, {})).checks.find((c) => c.id === 'signature:jwt')?.status).toBe('passed');
  });

  it('should be idempotent: nothing pending is enqueued twice and a re-run signs nothing', async () => {
    const awardIds = ((await db.dataSource.query(`SELECT id FROM award ORDER BY id`)) as { id: string }[]).map((r) => r.id);
    expect(await sut.issue(db.dataSource.manager, awardIds)).toBe(awardIds.length);
    const before = await db.dataSource.query(`SELECT award_id, jwt FROM award_credential ORDER BY award_id`);

    expect(await enqueuePendingCredentials(db.dataSource, boss)).toBe(0);
    expect(await sut.issue(db.dataSource.manager, awardIds)).toBe(0);
    expect(await db.dataSource.query(`SELECT award_id, jwt FROM award_credential ORDER BY award_id`)).toEqual(before);
  });

  it('should retry a chunk that failed', async () => {
    const awards = await count(db, 'award');
    let calls = 0;
    const flaky = {
      issue: async (...args: Parameters<CredentialService['issue']>) => {
        if (++calls === 1) throw new Error('connection reset');
        return sut.issue(...args);
      },
    };
    await enqueuePendingCredentials(db.dataSource, boss, { chunk: 1000, retry: { retryLimit: 2, retryDelay: 1, retryBackoff: false } });
    await workSignCredentials(boss, db.dataSource, flaky, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    await until(async () => (await count(db, 'award_credential')) === awards);

    expect(calls).toBe(2);
    const [job] = await db.dataSource.query(`SELECT state, retry_count AS "retryCount" FROM pgboss.job WHERE name = $1`, [SIGN_CREDENTIALS_QUEUE]);
    expect(job).toMatchObject({ retryCount: 1 });
  });
});
