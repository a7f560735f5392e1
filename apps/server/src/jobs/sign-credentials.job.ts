import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { CredentialService } from '../modules/credential/credential.service';

/** Queue of award ids whose OB 3.0 credentials still have to be signed and stored. */
export const SIGN_CREDENTIALS_QUEUE = 'sign-credentials';
/** Awards per job: large enough to keep the signing threads busy, small enough to retry cheaply. */
export const SIGN_CREDENTIALS_CHUNK = 200;

export interface SignCredentialsJob {
  awardIds: string[];
}

// A failed chunk (database restart, deadlock) is retried 5 times, 10 s, 20 s, 40 s… apart.
const RETRY: PgBoss.RetryOptions = { retryLimit: 5, retryDelay: 10, retryBackoff: true };

/** Creates the queue (idempotent); pg-boss keeps its tables in its own `pgboss` schema. */
export async function createSignCredentialsQueue(boss: PgBoss): Promise<void> {
  if (!(await boss.getQueue(SIGN_CREDENTIALS_QUEUE))) {
    await boss.createQueue(SIGN_CREDENTIALS_QUEUE, { name: SIGN_CREDENTIALS_QUEUE, ...RETRY, expireInMinutes: 15 });
  }
}

/** Enqueues the signing of `awardIds` in chunks; returns the number of jobs. Nothing waits for them. */
export async function enqueueSigning(boss: PgBoss, awardIds: readonly string[], options: { chunk?: number; retry?: PgBoss.RetryOptions } = {}): Promise<number> {
  const chunk = options.chunk ?? SIGN_CREDENTIALS_CHUNK;
  const retry = { ...RETRY, ...options.retry };
  const jobs: PgBoss.JobInsert<SignCredentialsJob>[] = [];
  for (let i = 0; i < awardIds.length; i += chunk) jobs.push({ name: SIGN_CREDENTIALS_QUEUE, data: { awardIds: awardIds.slice(i, i + chunk) }, ...retry });
  if (jobs.length) await boss.insert(jobs);
  return jobs.length;
}

/**
 * Enqueues every award that has no stored credential yet (seeded or bulk-imported awards) and returns how many.
 * Enqueuing twice is harmless: `CredentialService.issue` skips awards signed meanwhile.
 */
export async function enqueuePendingCredentials(dataSource: DataSource, boss: PgBoss, options: { chunk?: number; retry?: PgBoss.RetryOptions } = {}): Promise<number> {
  const rows = (await dataSource.query(
    `SELECT w.id FROM award w WHERE NOT EXISTS (SELECT 1 FROM award_credential c WHERE c.award_id = w.id) ORDER BY w.issued_at, w.id`,
  )) as { id: string }[];
  await enqueueSigning(boss, rows.map((r) => r.id), options);
  return rows.length;
}

/**
 * Starts `concurrency` workers on the queue. Two or more let one chunk's database reads and writes overlap with
 * another chunk's signing on the worker threads. A handler that throws fails the job, which pg-boss retries.
 */
export async function workSignCredentials(
  boss: PgBoss,
  dataSource: DataSource,
  credentials: Pick<CredentialService, 'issue'>,
  options: { concurrency?: number; pollingIntervalSeconds?: number } = {},
): Promise<void> {
  for (let i = 0; i < (options.concurrency ?? 2); i++) {
    await boss.work<SignCredentialsJob>(SIGN_CREDENTIALS_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
      await credentials.issue(dataSource.manager, job.data.awardIds);
    });
  }
}
