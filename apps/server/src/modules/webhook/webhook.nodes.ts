import type { Context } from '../../context';
import type { NodeRegistry } from '../../graphql/node';
import { hasRole, Role } from '../auth/roles';
import type { WebhookService } from './webhook.service';
import { WebhookDeliveryNode, WebhookSubscriptionNode } from './webhook.types';

/** Serves WebhookSubscription and WebhookDelivery through node(id:): institution admins, their institution only. */
export function registerWebhookNodes(nodes: NodeRegistry, webhooks: WebhookService): void {
  const fetcher =
    <T extends { id: string }>(load: (ctx: Context, ids: readonly string[]) => Promise<T[]>, toNode: (row: T) => WebhookSubscriptionNode | WebhookDeliveryNode) =>
    async (ctx: Context, ids: readonly string[]) => {
      if (!hasRole(ctx.viewer, Role.INSTITUTION_ADMIN)) return ids.map(() => null);
      const byId = new Map((await load(ctx, ids)).map((row) => [row.id, row]));
      return ids.map((id) => (byId.has(id) ? toNode(byId.get(id)!) : null));
    };
  nodes.register('WebhookSubscription', fetcher((ctx, ids) => webhooks.byIds(ctx, ids), WebhookSubscriptionNode.from));
  nodes.register('WebhookDelivery', fetcher((ctx, ids) => webhooks.deliveriesByIds(ctx, ids), WebhookDeliveryNode.from));
}
