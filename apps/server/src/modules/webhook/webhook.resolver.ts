import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs, toConnection } from '../../graphql/connection';
import { InputIds } from '../../graphql/input-ids';
import { Role } from '../auth/roles';
import type { WebhookService } from './webhook.service';
import {
  CreateWebhookSubscriptionInput,
  CreateWebhookSubscriptionPayload,
  DeleteWebhookSubscriptionInput,
  DeleteWebhookSubscriptionPayload,
  RedeliverWebhookInput,
  RedeliverWebhookPayload,
  RotateWebhookSecretInput,
  RotateWebhookSecretPayload,
  UpdateWebhookSubscriptionInput,
  UpdateWebhookSubscriptionPayload,
  WebhookDeliveryConnection,
  WebhookDeliveryNode,
  WebhookSubscriptionConnection,
  WebhookSubscriptionNode,
} from './webhook.types';
import { encodeGlobalId } from '@openclr/domain';

@Resolver(() => WebhookSubscriptionNode)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookService) {}

  @Query(() => WebhookSubscriptionConnection, { description: "The institution's webhook subscriptions, newest first." })
  @Authorized(Role.INSTITUTION_ADMIN)
  async webhookSubscriptions(@Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return toConnection(await this.webhooks.list(ctx, args), WebhookSubscriptionNode.from);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Deliveries to this subscription (the delivery log), newest first.' })
  async deliveries(@Root() subscription: WebhookSubscriptionNode, @Ctx() ctx: Context, @Args(() => PageArgs) args: PageArgs) {
    return toConnection(await this.webhooks.deliveries(ctx, subscription.rawId, args), WebhookDeliveryNode.from);
  }

  @Mutation(() => CreateWebhookSubscriptionPayload, { description: "Subscribe an endpoint to the institution's events. The payload holds the signing secret, shown only this once." })
  @Authorized(Role.INSTITUTION_ADMIN)
  async createWebhookSubscription(@Ctx() ctx: Context, @Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput): Promise<CreateWebhookSubscriptionPayload> {
    const { value, errors } = await this.webhooks.create(ctx, input);
    return { webhookSubscription: value && WebhookSubscriptionNode.from(value.subscription), secret: value?.secret ?? null, errors };
  }

  @Mutation(() => UpdateWebhookSubscriptionPayload, { description: 'Change the URL or events of a webhook subscription, or pause and resume it.' })
  @Authorized(Role.INSTITUTION_ADMIN)
  async updateWebhookSubscription(@Ctx() ctx: Context, @Arg('input', () => UpdateWebhookSubscriptionInput) input: UpdateWebhookSubscriptionInput): Promise<UpdateWebhookSubscriptionPayload> {
    const ids = new InputIds();
    const id = ids.decode('WebhookSubscription', input.id, ['input', 'id']);
    if (ids.errors.length) return { webhookSubscription: null, errors: ids.errors };
    const { value, errors } = await this.webhooks.update(ctx, id, input);
    return { webhookSubscription: value && WebhookSubscriptionNode.from(value), errors };
  }

  @Mutation(() => DeleteWebhookSubscriptionPayload, { description: 'Delete a webhook subscription with its delivery log; pending deliveries are dropped.' })
  @Authorized(Role.INSTITUTION_ADMIN)
  async deleteWebhookSubscription(@Ctx() ctx: Context, @Arg('input', () => DeleteWebhookSubscriptionInput) input: DeleteWebhookSubscriptionInput): Promise<DeleteWebhookSubscriptionPayload> {
    const ids = new InputIds();
    const id = ids.decode('WebhookSubscription', input.id, ['input', 'id']);
    if (ids.errors.length) return { deletedWebhookSubscriptionId: null, errors: ids.errors };
    const { value, errors } = await this.webhooks.remove(ctx, id);
    return { deletedWebhookSubscriptionId: value && encodeGlobalId('WebhookSubscription', value), errors };
  }

  @Mutation(() => RotateWebhookSecretPayload, { description: 'Give a subscription a new signing secret (shown only this once); the old one stops working at once.' })
  @Authorized(Role.INSTITUTION_ADMIN)
  async rotateWebhookSecret(@Ctx() ctx: Context, @Arg('input', () => RotateWebhookSecretInput) input: RotateWebhookSecretInput): Promise<RotateWebhookSecretPayload> {
    const ids = new InputIds();
    const id = ids.decode('WebhookSubscription', input.id, ['input', 'id']);
    if (ids.errors.length) return { webhookSubscription: null, secret: null, errors: ids.errors };
    const { value, errors } = await this.webhooks.rotateSecret(ctx, id);
    return { webhookSubscription: value && WebhookSubscriptionNode.from(value.subscription), secret: value?.secret ?? null, errors };
  }

  @Mutation(() => RedeliverWebhookPayload, { description: 'Send a finished delivery again, as a new delivery of the same event (same event ID, signed anew).' })
  @Authorized(Role.INSTITUTION_ADMIN)
  async redeliverWebhook(@Ctx() ctx: Context, @Arg('input', () => RedeliverWebhookInput) input: RedeliverWebhookInput): Promise<RedeliverWebhookPayload> {
    const ids = new InputIds();
    const id = ids.decode('WebhookDelivery', input.deliveryId, ['input', 'deliveryId']);
    if (ids.errors.length) return { webhookDelivery: null, errors: ids.errors };
    const { value, errors } = await this.webhooks.redeliver(ctx, id);
    return { webhookDelivery: value && WebhookDeliveryNode.from(value), errors };
  }
}
