import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import { WEBHOOK_CHANNEL, type WebhookService } from './webhook.service';

/** Queue of delivery attempts; a job is one attempt at one `webhook_delivery` row. */
export const DELIVER_WEBHOOK_QUEUE = 'deliver-webhook';

export interface DeliverWebhookJob {
  deliveryId: string;
}

/**
 * The `short` policy keeps at most one queued job per delivery (the singleton key), so the sweeper, the commit
 * notifications and the retry scheduling can all enqueue freely. pg-boss retries only crashed attempts (the
 * database went away); HTTP failures are retried by scheduling the next attempt ourselves, with our backoff.
 */
export async function createDeliverWebhookQueue(boss: PgBoss): Promise<void> {
  if (!(await boss.getQueue(DELIVER_WEBHOOK_QUEUE))) {
    await boss.createQueue(DELIVER_WEBHOOK_QUEUE, { name: DELIVER_WEBHOOK_QUEUE, policy: 'short', retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInMinutes: 5 });
  }
}

const enqueue = (boss: PgBoss, deliveryId: string, startAfter?: Date) =>
  boss.send(DELIVER_WEBHOOK_QUEUE, { deliveryId } satisfies DeliverWebhookJob, { singletonKey: deliveryId, ...(startAfter ? { startAfter } : {}) });

/** Enqueues an attempt for every due pending delivery (the outbox sweep); returns how many were due. */
export async function enqueueDueWebhooks(dataSource: DataSource, boss: PgBoss, webhooks: WebhookService): Promise<number> {
  const ids = await webhooks.dueDeliveryIds(dataSource.manager);
  for (const id of ids) await enqueue(boss, id);
  return ids.length;
}

/** Starts `concurrency` workers; each attempt that fails schedules the next one at the backoff time. */
export async function workDeliverWebhook(boss: PgBoss, dataSource: DataSource, webhooks: WebhookService, options: { concurrency?: number; pollingIntervalSeconds?: number } = {}): Promise<void> {
  for (let i = 0; i < (options.concurrency ?? 2); i++) {
    await boss.work<DeliverWebhookJob>(DELIVER_WEBHOOK_QUEUE, { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
      const { retryAt } = await webhooks.attempt(dataSource, job.data.deliveryId);
      if (retryAt) await enqueue(boss, job.data.deliveryId, retryAt);
    });
  }
}

/**
 * Feeds the queue from the outbox: at once (deliveries written while no runner was up), whenever a transaction that
 * wrote deliveries commits (LISTEN), and every `sweepIntervalSeconds` (lost notifications, crashed retries).
 */
export async function startWebhookDispatcher(
  dataSource: DataSource,
  connectionString: string,
  boss: PgBoss,
  webhooks: WebhookService,
  log: (line: string) => void,
): Promise<{ stop(): Promise<void> }> {
  let running: Promise<unknown> = Promise.resolve();
  let again = false;
  let stopped = false;
  const sweep = () => {
    if (stopped) return;
    if (again) return;
    again = true;
    running = running.then(async () => {
      again = false;
      if (stopped) return;
      try {
        await enqueueDueWebhooks(dataSource, boss, webhooks);
      } catch (error) {
        log(`webhooks: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };
  const listener = new Client({ connectionString });
  listener.on('error', (error) => log(`webhooks: listener ${error.message}`));
  listener.on('notification', sweep);
  await listener.connect();
  await listener.query(`LISTEN ${WEBHOOK_CHANNEL}`);
  const timer = setInterval(sweep, webhooks.config.sweepIntervalSeconds * 1000);
  timer.unref();
  sweep();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
      await listener.end().catch(() => undefined);
    },
  };
}
