import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { fk, oneOf, Timestamped } from '../common/common.entity';
import { Institution } from '../institution/institution.entity';
import { Person } from '../person/person.entity';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_EVENT_TYPES, type WebhookDeliveryStatus, type WebhookEventType } from './webhook.events';

/**
 * An integrator's endpoint that receives the institution's events. The signing secret is sealed with the key vault
 * (AES-256-GCM) and shown once, when it is created or rotated.
 */
@Entity()
@Index('ix_webhook_subscription_institution', ['institutionId', 'createdAt'])
@Check('ck_webhook_subscription_url', `url ~ '^https?://'`)
@Check('ck_webhook_subscription_events', `cardinality(events) > 0 AND events <@ ARRAY[${WEBHOOK_EVENT_TYPES.map((t) => `'${t}'`).join(', ')}]::text[]`)
export class WebhookSubscription extends Timestamped {
  @Column('uuid')
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'CASCADE' })
  @JoinColumn(fk('webhook_subscription', 'institution'))
  institution: Relation<Institution>;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  /** Key-vault envelope of the HMAC secret. */
  @Column({ type: 'text' })
  secretEncrypted: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn(fk('webhook_subscription', 'created_by'))
  createdBy: Relation<Person> | null;
}

/**
 * One event for one subscription: written in the transaction of the change that caused it (an outbox), then sent
 * by the `deliver-webhook` job until it succeeds or runs out of attempts. Rows are kept as the delivery log.
 */
@Entity()
@Index('ix_webhook_delivery_subscription', ['subscriptionId', 'createdAt'])
@Index('ix_webhook_delivery_due', ['nextAttemptAt'], { where: `status = 'pending'` })
@Check('ck_webhook_delivery_status', oneOf('status', WEBHOOK_DELIVERY_STATUSES))
@Check('ck_webhook_delivery_event_type', oneOf('event_type', WEBHOOK_EVENT_TYPES))
@Check('ck_webhook_delivery_attempt_count', 'attempt_count >= 0')
export class WebhookDelivery extends Timestamped {
  @Column('uuid')
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn(fk('webhook_delivery', 'subscription'))
  subscription: Relation<WebhookSubscription>;

  /** Shared by every delivery (and redelivery) of one event: receivers deduplicate on it. */
  @Column('uuid')
  eventId: string;

  @Column({ type: 'varchar', length: 40 })
  eventType: WebhookEventType;

  /** The whole envelope `{ id, type, createdAt, data }` sent as the request body. */
  @Column({ type: 'jsonb' })
  payload: WebhookEnvelope;

  @Column({ type: 'int', default: 0 })
  attemptCount: number;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'int', nullable: true })
  lastHttpStatus: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** When the next attempt is due; null once the delivery succeeded or failed for good. */
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}

export interface WebhookEnvelope {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}
