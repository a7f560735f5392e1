import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { CredentialService } from '../modules/credential/credential.service';
import { KeyVault } from '../modules/credential/key-vault';
import type { KeyService } from '../modules/credential/key.service';
import type { PublicUrls } from '../modules/credential/public-urls';
import { SigningPool } from '../modules/credential/signing-pool';
import { createDeliverWebhookQueue, startWebhookDispatcher, workDeliverWebhook } from '../modules/webhook/webhook.job';
import type { WebhookService } from '../modules/webhook/webhook.service';
import { createSignCredentialsQueue, enqueuePendingCredentials, workSignCredentials } from './sign-credentials.job';

export interface JobRunner {
  boss: PgBoss;
  credentials: CredentialService;
  stop(): Promise<void>;
}

/** The connection string of an initialised TypeORM Postgres data source, so pg-boss uses the same database. */
export function connectionStringOf(dataSource: DataSource): string {
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('The data source has no connection URL');
  return url;
}

/**
 * Starts pg-boss on the data source's database with the credential-signing worker (signing on a thread pool), and
 * enqueues the awards still without a credential. Returns at once: the backlog is signed in the background.
 */
export async function startJobRunner(
  dataSource: DataSource,
  config: Pick<Config, 'dataDir'>,
  services: { keys: KeyService; urls: PublicUrls; webhooks?: WebhookService },
  options: { threads?: number; concurrency?: number; pollingIntervalSeconds?: number; log?: (line: string) => void } = {},
): Promise<JobRunner> {
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({ connectionString: connectionStringOf(dataSource), schema: 'pgboss', max: 4 });
  boss.on('error', (error) => log(`jobs: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  const pool = new SigningPool(KeyVault.fromEnvironment(config.dataDir), { threads: options.threads });
  const credentials = new CredentialService(services.keys, services.urls, pool);
  let webhookDispatcher: { stop(): Promise<void> } | undefined;
  try {
    await createSignCredentialsQueue(boss);
    await workSignCredentials(boss, dataSource, credentials, { concurrency: options.concurrency });
    const pending = await enqueuePendingCredentials(dataSource, boss);
    if (pending) log(`jobs: signing ${pending.toLocaleString('en-US')} pending credentials in the background (${pool.threads} threads)`);
    if (services.webhooks) {
      await createDeliverWebhookQueue(boss);
      await workDeliverWebhook(boss, dataSource, services.webhooks, { pollingIntervalSeconds: options.pollingIntervalSeconds });
      webhookDispatcher = await startWebhookDispatcher(dataSource, connectionStringOf(dataSource), boss, services.webhooks, log);
    }
  } catch (error) {
    await webhookDispatcher?.stop();
    await boss.stop({ graceful: false, wait: true });
    await pool.close();
    throw error;
  }
  return {
    boss,
    credentials,
    stop: async () => {
      // Graceful: running chunks finish (or are retried after a restart); nothing is lost.
      await webhookDispatcher?.stop();
      await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
      await pool.close();
    },
  };
}
