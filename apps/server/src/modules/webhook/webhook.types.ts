import { encodeGlobalId } from '@openclr/domain';
import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { Node } from '../../graphql/node';
import type { WebhookDelivery, WebhookSubscription } from './webhook.entity';
import type { WebhookDeliveryStatus, WebhookEventType } from './webhook.events';

export enum WebhookEventTypeValue {
  AWARD_CREATED = 'award.created',
  AWARD_REVOKED = 'award.revoked',
  AWARD_SUSPENDED = 'award.suspended',
  AWARD_REINSTATED = 'award.reinstated',
  EVIDENCE_ASSESSED = 'evidence.assessed',
}
registerEnumType(WebhookEventTypeValue, {
  name: 'WebhookEventType',
  description: 'An event a webhook subscription can receive; the payload `type` is the lower-case dotted form (`award.created`).',
  valuesConfig: {
    AWARD_CREATED: { description: '`award.created`: an achievement was awarded (directly, or by an assessment meeting the award rule).' },
    AWARD_REVOKED: { description: '`award.revoked`: an award was revoked (final).' },
    AWARD_SUSPENDED: { description: '`award.suspended`: an award was suspended.' },
    AWARD_REINSTATED: { description: '`award.reinstated`: a suspended award was reinstated.' },
    EVIDENCE_ASSESSED: { description: '`evidence.assessed`: an assessor rated evidence against a rubric.' },
  },
});

export enum WebhookDeliveryStatusValue {
  PENDING = 'pending',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}
registerEnumType(WebhookDeliveryStatusValue, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not yet answered with a 2xx; another attempt is due at nextAttemptAt.' },
    SUCCEEDED: { description: 'The receiver answered with a 2xx status.' },
    FAILED: { description: 'Every attempt failed; redeliverWebhook sends it again.' },
  },
});

@ObjectType('WebhookDelivery', { implements: Node, description: 'One event sent (or being sent) to one subscription: the delivery log.' })
export class WebhookDeliveryNode extends Node {
  @Field(() => ID, { description: 'Event ID, sent as OpenCLR-Webhook-Id; the same for redeliveries of the event.' })
  eventId: string;

  @Field(() => WebhookEventTypeValue, { description: 'The event type.' })
  eventType: WebhookEventTypeValue;

  @Field(() => GraphQLJSONObject, { description: 'The request body: `{ id, type, createdAt, data }`.' })
  payload: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatusValue, { description: 'Pending, succeeded or failed.' })
  status: WebhookDeliveryStatusValue;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attemptCount: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when there was none (network error, timeout).' })
  lastHttpStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once succeeded or failed.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the receiver accepted it.' })
  deliveredAt: Date | null;

  @Field({ description: 'When the event happened (the delivery was written).' })
  createdAt: Date;

  static from(d: WebhookDelivery): WebhookDeliveryNode {
    return Object.assign(new WebhookDeliveryNode(), {
      id: encodeGlobalId('WebhookDelivery', d.id),
      eventId: d.eventId,
      eventType: d.eventType as WebhookEventTypeValue,
      payload: d.payload as unknown as Record<string, unknown>,
      status: d.status as WebhookDeliveryStatusValue,
      attemptCount: d.attemptCount,
      lastHttpStatus: d.lastHttpStatus,
      lastError: d.lastError,
      nextAttemptAt: d.nextAttemptAt,
      lastAttemptAt: d.lastAttemptAt,
      deliveredAt: d.deliveredAt,
      createdAt: d.createdAt,
    });
  }
}

export const WebhookDeliveryConnection = ConnectionType('WebhookDelivery', WebhookDeliveryNode, 'A page of webhook deliveries, newest first.');

@ObjectType('WebhookSubscription', { implements: Node, description: "An endpoint receiving the institution's events, signed with its secret. The secret is shown only when created or rotated." })
export class WebhookSubscriptionNode extends Node {
  @Field({ description: 'Where events are POSTed.' })
  url: string;

  @Field(() => [WebhookEventTypeValue], { description: 'Events sent to it.' })
  events: WebhookEventTypeValue[];

  @Field({ description: 'Whether events are sent to it; events are not recorded for an inactive subscription.' })
  active: boolean;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  rawId: string;

  static from(s: WebhookSubscription): WebhookSubscriptionNode {
    return Object.assign(new WebhookSubscriptionNode(), {
      id: encodeGlobalId('WebhookSubscription', s.id),
      rawId: s.id,
      url: s.url,
      events: s.events as WebhookEventType[] as unknown as WebhookEventTypeValue[],
      active: s.active,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    });
  }
}

export const WebhookSubscriptionConnection = ConnectionType('WebhookSubscription', WebhookSubscriptionNode, 'A page of webhook subscriptions, newest first.');

@InputType({ description: "Subscribe an endpoint to the institution's events." })
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'Where to POST events: https:// and a public address.' })
  @MaxLength(2000)
  url: string;

  @Field(() => [WebhookEventTypeValue], { description: 'Events to send (at least one).' })
  @ArrayMaxSize(20)
  events: WebhookEventTypeValue[];

  @Field(() => Boolean, { nullable: true, description: 'Send events to it (default true).' })
  @IsOptional()
  active?: boolean | null;
}

@ObjectType({ description: 'Result of createWebhookSubscription.' })
export class CreateWebhookSubscriptionPayload {
  @Field(() => WebhookSubscriptionNode, { nullable: true, description: 'The new subscription; null when there are errors.' })
  webhookSubscription: WebhookSubscriptionNode | null;

  @Field(() => String, { nullable: true, description: 'The signing secret. Shown only now: store it with the receiver.' })
  secret: string | null;

  @Field(() => [UserError], { description: 'What is wrong with the input (INVALID_URL, INSECURE_URL, PRIVATE_ADDRESS, UNKNOWN_EVENT, REQUIRED).' })
  errors: UserError[];
}

@InputType({ description: 'Change a webhook subscription; omitted fields stay as they are.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'New target URL.' })
  @IsOptional()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [WebhookEventTypeValue], { nullable: true, description: 'New set of events (at least one).' })
  @IsOptional()
  @ArrayMaxSize(20)
  events?: WebhookEventTypeValue[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Pause (false) or resume (true) sending.' })
  @IsOptional()
  active?: boolean | null;
}

@ObjectType({ description: 'Result of updateWebhookSubscription.' })
export class UpdateWebhookSubscriptionPayload {
  @Field(() => WebhookSubscriptionNode, { nullable: true, description: 'The subscription as stored; null when there are errors.' })
  webhookSubscription: WebhookSubscriptionNode | null;

  @Field(() => [UserError], { description: 'What is wrong with the input (NOT_FOUND, INVALID_URL, INSECURE_URL, PRIVATE_ADDRESS, UNKNOWN_EVENT, REQUIRED).' })
  errors: UserError[];
}

@InputType({ description: 'Delete a webhook subscription and its delivery log.' })
export class DeleteWebhookSubscriptionInput {
  @Field(() => ID, { description: 'The subscription.' })
  id: string;
}

@ObjectType({ description: 'Result of deleteWebhookSubscription.' })
export class DeleteWebhookSubscriptionPayload {
  @Field(() => ID, { nullable: true, description: 'ID of the deleted subscription; null when there are errors.' })
  deletedWebhookSubscriptionId: string | null;

  @Field(() => [UserError], { description: 'NOT_FOUND when there is no such subscription.' })
  errors: UserError[];
}

@InputType({ description: 'Replace the signing secret of a subscription; the old one stops working at once.' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'The subscription.' })
  id: string;
}

@ObjectType({ description: 'Result of rotateWebhookSecret.' })
export class RotateWebhookSecretPayload {
  @Field(() => WebhookSubscriptionNode, { nullable: true, description: 'The subscription; null when there are errors.' })
  webhookSubscription: WebhookSubscriptionNode | null;

  @Field(() => String, { nullable: true, description: 'The new signing secret. Shown only now.' })
  secret: string | null;

  @Field(() => [UserError], { description: 'NOT_FOUND when there is no such subscription.' })
  errors: UserError[];
}

@InputType({ description: 'Send an event again to its subscription, as a new delivery with the same event ID.' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'A finished (succeeded or failed) delivery.' })
  deliveryId: string;
}

@ObjectType({ description: 'Result of redeliverWebhook.' })
export class RedeliverWebhookPayload {
  @Field(() => WebhookDeliveryNode, { nullable: true, description: 'The new, pending delivery; null when there are errors.' })
  webhookDelivery: WebhookDeliveryNode | null;

  @Field(() => [UserError], { description: 'NOT_FOUND, or DELIVERY_NOT_FINISHED while the delivery is still being attempted.' })
  errors: UserError[];
}
