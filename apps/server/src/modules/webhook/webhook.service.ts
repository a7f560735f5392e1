import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { decodeCursor, encodeCursor, Page, PageArgs, paginate, pageSize } from '../../graphql/connection';
import { InputError, NotFoundError, UserError, UserErrorCode } from '../../graphql/errors';
import type { DomainEvent, DomainEvents } from '../common/domain-events';
import type { KeyVault } from '../credential/key-vault';
import type { PublicUrls } from '../credential/public-urls';
import { Outcome } from '../skill/skill.service';
import { retryDelayMs, WebhookConfig } from './webhook.config';
import { WebhookDelivery, WebhookEnvelope, WebhookSubscription } from './webhook.entity';
import { isWebhookEventType, webhookData, WebhookEventType } from './webhook.events';
import { newWebhookSecret, signWebhook, WEBHOOK_HEADERS } from './webhook.signature';
import { checkTargetUrl, postWebhook } from './webhook.target';

/** Postgres channel notified (on commit) when deliveries are written; the job runner listens to it. */
export const WEBHOOK_CHANNEL = 'openclr_webhooks';

export interface SubscriptionChanges {
  url?: string | null;
  events?: string[] | null;
  active?: boolean | null;
}

type DeliveryPage = Page<WebhookDelivery>;

/**
 * Webhook subscriptions of an institution, the outbox of their deliveries, and the sending of one delivery attempt.
 * As `DomainEvents` it turns each committed change into one delivery per matching active subscription.
 */
export class WebhookService implements DomainEvents {
  private readonly deliveryLoaders = new WeakMap<Context, Map<string, DataLoader<string, DeliveryPage>>>();
  private readonly countLoaders = new WeakMap<Context, DataLoader<string, number>>();

  constructor(
    private readonly vault: KeyVault,
    private readonly urls: PublicUrls,
    readonly config: WebhookConfig,
  ) {}

  /** Writes the deliveries of `events` in the caller's transaction and wakes the job runner when it commits. */
  async publish(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
    let written = 0;
    for (const event of events) {
      const envelope: WebhookEnvelope = { id: randomUUID(), type: event.type, createdAt: new Date().toISOString(), data: webhookData(event, (id) => this.urls.credential(id)) };
      const rows = (await em.query(
        `INSERT INTO webhook_delivery (subscription_id, event_id, event_type, payload, next_attempt_at)
         SELECT s.id, $2::uuid, $3::text, $4::jsonb, now() FROM webhook_subscription s
          WHERE s.institution_id = $1 AND s.active AND $3::text = ANY (s.events)
         RETURNING id`,
        [event.institutionId, envelope.id, event.type, JSON.stringify(envelope)],
      )) as { id: string }[];
      written += rows.length;
    }
    // NOTIFY is delivered only when the transaction commits, and never if it rolls back.
    if (written) await em.query(`SELECT pg_notify($1, '')`, [WEBHOOK_CHANNEL]);
  }

  private problems(input: SubscriptionChanges): UserError[] {
    const errors: UserError[] = [];
    if (input.url != null) {
      const problem = checkTargetUrl(input.url.trim(), this.config.allowInsecureTargets);
      if (problem) errors.push(new InputError(problem.code as UserErrorCode, problem.message, ['input', 'url']));
    }
    if (input.events != null) {
      if (!input.events.length) errors.push(new InputError(UserErrorCode.REQUIRED, 'Choose at least one event.', ['input', 'events']));
      input.events.forEach((e, i) => isWebhookEventType(e) || errors.push(new InputError(UserErrorCode.UNKNOWN_EVENT, `"${e}" is not a webhook event.`, ['input', 'events', String(i)])));
    }
    return errors;
  }

  private async own(ctx: Context, id: string): Promise<WebhookSubscription | null> {
    if (!id) return null;
    return ctx.em.findOneBy(WebhookSubscription, { id, institutionId: ctx.viewer!.institutionId });
  }

  /** Creates a subscription with a new secret; the plain secret is returned only here. */
  async create(ctx: Context, input: { url: string; events: string[]; active?: boolean | null }): Promise<Outcome<{ subscription: WebhookSubscription; secret: string }>> {
    const errors = this.problems(input);
    if (errors.length) return { value: null, errors };
    const secret = newWebhookSecret();
    const subscription = await ctx.em.getRepository(WebhookSubscription).save({
      institutionId: ctx.viewer!.institutionId,
      url: input.url.trim(),
      events: [...new Set(input.events)] as WebhookEventType[],
      secretEncrypted: this.vault.seal(secret),
      active: input.active ?? true,
      createdById: ctx.viewer!.personId,
    });
    return { value: { subscription: subscription as WebhookSubscription, secret }, errors: [] };
  }

  async update(ctx: Context, id: string, changes: SubscriptionChanges): Promise<Outcome<WebhookSubscription>> {
    const subscription = await this.own(ctx, id);
    if (!subscription) return { value: null, errors: [new NotFoundError(['input', 'id'])] };
    const errors = this.problems(changes);
    if (errors.length) return { value: null, errors };
    if (changes.url != null) subscription.url = changes.url.trim();
    if (changes.events != null) subscription.events = [...new Set(changes.events)] as WebhookEventType[];
    if (changes.active != null) subscription.active = changes.active;
    const saved = await ctx.em.save(subscription);
    // Resumed: deliveries held while paused are due again.
    if (changes.active) await ctx.em.query(`SELECT pg_notify($1, '')`, [WEBHOOK_CHANNEL]);
    return { value: saved, errors: [] };
  }

  async remove(ctx: Context, id: string): Promise<Outcome<string>> {
    const subscription = await this.own(ctx, id);
    if (!subscription) return { value: null, errors: [new NotFoundError(['input', 'id'])] };
    await ctx.em.delete(WebhookSubscription, { id: subscription.id });
    return { value: subscription.id, errors: [] };
  }

  async rotateSecret(ctx: Context, id: string): Promise<Outcome<{ subscription: WebhookSubscription; secret: string }>> {
    const subscription = await this.own(ctx, id);
    if (!subscription) return { value: null, errors: [new NotFoundError(['input', 'id'])] };
    const secret = newWebhookSecret();
    subscription.secretEncrypted = this.vault.seal(secret);
    return { value: { subscription: await ctx.em.save(subscription), secret }, errors: [] };
  }

  /** A new pending delivery of a finished delivery's event (same event ID, same payload). */
  async redeliver(ctx: Context, deliveryId: string): Promise<Outcome<WebhookDelivery>> {
    const delivery = deliveryId
      ? await ctx.em
          .getRepository(WebhookDelivery)
          .createQueryBuilder('d')
          .innerJoin(WebhookSubscription, 's', 's.id = d.subscription_id AND s.institution_id = :institutionId', { institutionId: ctx.viewer!.institutionId })
          .where('d.id = :deliveryId', { deliveryId })
          .getOne()
      : null;
    if (!delivery) return { value: null, errors: [new NotFoundError(['input', 'deliveryId'])] };
    if (delivery.status === 'pending') return { value: null, errors: [new InputError(UserErrorCode.DELIVERY_NOT_FINISHED, 'This delivery is still being attempted.', ['input', 'deliveryId'])] };
    const copy = await ctx.em.transaction(async (em) => {
      const saved = await em.getRepository(WebhookDelivery).save({
        subscriptionId: delivery.subscriptionId,
        eventId: delivery.eventId,
        eventType: delivery.eventType,
        payload: delivery.payload,
        status: 'pending',
        nextAttemptAt: new Date(),
      });
      await em.query(`SELECT pg_notify($1, '')`, [WEBHOOK_CHANNEL]);
      return saved as WebhookDelivery;
    });
    return { value: copy, errors: [] };
  }

  /** The viewer's institution's subscriptions, newest first. */
  list(ctx: Context, args: PageArgs): Promise<Page<WebhookSubscription>> {
    const qb = ctx.em.getRepository(WebhookSubscription).createQueryBuilder('s').where('s.institution_id = :institutionId', { institutionId: ctx.viewer!.institutionId });
    return paginate(qb, args, {
      columns: [
        { sql: 's.created_at', direction: 'DESC' },
        { sql: 's.id', direction: 'DESC' },
      ],
      values: (s) => [s.createdAt.toISOString(), s.id],
    });
  }

  /** Subscriptions by id, for node(id:): only those of the viewer's institution. */
  async byIds(ctx: Context, ids: readonly string[]): Promise<WebhookSubscription[]> {
    if (!ids.length) return [];
    return ctx.em.getRepository(WebhookSubscription).createQueryBuilder('s').where('s.id IN (:...ids) AND s.institution_id = :institutionId', { ids: [...ids], institutionId: ctx.viewer!.institutionId }).getMany();
  }

  /** Deliveries by id, for node(id:): only those of the viewer's institution's subscriptions. */
  async deliveriesByIds(ctx: Context, ids: readonly string[]): Promise<WebhookDelivery[]> {
    if (!ids.length) return [];
    return ctx.em
      .getRepository(WebhookDelivery)
      .createQueryBuilder('d')
      .innerJoin(WebhookSubscription, 's', 's.id = d.subscription_id AND s.institution_id = :institutionId', { institutionId: ctx.viewer!.institutionId })
      .where('d.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  /**
   * A page of a subscription's deliveries, newest first. The pages of every subscription on a page of
   * subscriptions are read with one windowed statement (and counted with one more, when asked).
   */
  deliveries(ctx: Context, subscriptionId: string, args: PageArgs): Promise<DeliveryPage> {
    const size = pageSize(args);
    const after = args.after ? decodeCursor(args.after, 2) : null;
    const key = `${size}:${args.after ?? ''}`;
    let byArgs = this.deliveryLoaders.get(ctx);
    if (!byArgs) this.deliveryLoaders.set(ctx, (byArgs = new Map()));
    let loader = byArgs.get(key);
    if (!loader) {
      loader = new DataLoader<string, DeliveryPage>(async (subscriptionIds) => {
        const cursor = after ? `AND (floor(extract(epoch FROM d2.created_at) * 1000000)::bigint, d2.id) < (:afterUs::bigint, :afterId::uuid)` : '';
        const rows = await ctx.em
          .getRepository(WebhookDelivery)
          .createQueryBuilder('d')
          .addSelect('floor(extract(epoch FROM d.created_at) * 1000000)::bigint', 'cursor_us')
          .where(
            `d.id IN (SELECT ranked.id FROM (SELECT d2.id, row_number() OVER (PARTITION BY d2.subscription_id ORDER BY d2.created_at DESC, d2.id DESC) AS rn
                FROM webhook_delivery d2 WHERE d2.subscription_id IN (:...subscriptionIds) ${cursor}) ranked WHERE ranked.rn <= :limit)`,
            { subscriptionIds: [...subscriptionIds], limit: size + 1, afterUs: after ? String(after[0]) : null, afterId: after ? String(after[1]) : null },
          )
          .orderBy('d.created_at', 'DESC')
          .addOrderBy('d.id', 'DESC')
          .getRawAndEntities();
        const cursorOf = new Map(rows.raw.map((r: { d_id: string; cursor_us: string }) => [r.d_id, r.cursor_us]));
        return subscriptionIds.map((subscriptionId) => {
          const all = rows.entities.filter((d) => d.subscriptionId === subscriptionId);
          const items = all.slice(0, size);
          return {
            items,
            cursors: items.map((d) => encodeCursor([String(cursorOf.get(d.id)), d.id])),
            hasNextPage: all.length > size,
            hasPreviousPage: Boolean(after),
            totalCount: () => this.deliveryCount(ctx, subscriptionId),
          };
        });
      });
      byArgs.set(key, loader);
    }
    return loader.load(subscriptionId);
  }

  private deliveryCount(ctx: Context, subscriptionId: string): Promise<number> {
    let loader = this.countLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader<string, number>(async (ids) => {
        const rows = (await ctx.em.query(`SELECT subscription_id AS id, count(*)::int AS n FROM webhook_delivery WHERE subscription_id = ANY ($1) GROUP BY 1`, [[...ids]])) as { id: string; n: number }[];
        const counts = new Map(rows.map((r) => [r.id, r.n]));
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.countLoaders.set(ctx, loader);
    }
    return loader.load(subscriptionId);
  }

  /** Pending deliveries that are due, of active subscriptions, oldest first (at most `limit`). */
  async dueDeliveryIds(em: EntityManager, limit = 1000): Promise<string[]> {
    const rows = (await em.query(
      `SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
        WHERE d.status = 'pending' AND s.active AND d.next_attempt_at <= now() ORDER BY d.next_attempt_at LIMIT $1`,
      [limit],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Makes one attempt at a due delivery and records its outcome; returns when the next attempt is due, if any. The
   * row stays locked during the request, so two workers never send the same attempt; a delivery that is finished,
   * not yet due, locked by another worker, or whose subscription is paused or gone is left alone.
   */
  async attempt(dataSource: DataSource, deliveryId: string, now: () => Date = () => new Date()): Promise<{ retryAt: Date | null }> {
    return dataSource.transaction(async (em) => {
      const delivery = await em
        .getRepository(WebhookDelivery)
        .createQueryBuilder('d')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where(`d.id = :deliveryId AND d.status = 'pending'`, { deliveryId })
        .getOne();
      if (!delivery || !delivery.nextAttemptAt) return { retryAt: null };
      if (delivery.nextAttemptAt.getTime() > now().getTime() + 1000) return { retryAt: delivery.nextAttemptAt };
      const subscription = await em.findOneBy(WebhookSubscription, { id: delivery.subscriptionId });
      if (!subscription?.active) return { retryAt: null };

      const { id, type, createdAt, data } = delivery.payload;
      const body = JSON.stringify({ id, type, createdAt, data });
      const timestamp = Math.floor(now().getTime() / 1000);
      const secret = this.vault.open(subscription.secretEncrypted);
      const result = await postWebhook(subscription.url, body, {
        [WEBHOOK_HEADERS.id]: delivery.eventId,
        [WEBHOOK_HEADERS.timestamp]: String(timestamp),
        [WEBHOOK_HEADERS.signature]: signWebhook(secret, delivery.eventId, timestamp, body),
      }, { timeoutMs: this.config.timeoutMs, allowInsecure: this.config.allowInsecureTargets });

      const attemptedAt = now();
      delivery.attemptCount += 1;
      delivery.lastAttemptAt = attemptedAt;
      delivery.lastHttpStatus = result.status;
      const ok = result.status !== null && result.status >= 200 && result.status < 300;
      if (ok) {
        delivery.status = 'succeeded';
        delivery.lastError = null;
        delivery.deliveredAt = attemptedAt;
        delivery.nextAttemptAt = null;
      } else {
        delivery.lastError = result.error ?? `The receiver answered HTTP ${result.status}.`;
        if (delivery.attemptCount >= this.config.maxAttempts) {
          delivery.status = 'failed';
          delivery.nextAttemptAt = null;
        } else {
          delivery.nextAttemptAt = new Date(attemptedAt.getTime() + retryDelayMs(this.config, delivery.attemptCount));
        }
      }
      await em.save(delivery);
      return { retryAt: delivery.nextAttemptAt };
    });
  }
}
