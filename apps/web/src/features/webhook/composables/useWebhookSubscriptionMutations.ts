import {
  CreateWebhookSubscriptionDocument,
  DeleteWebhookSubscriptionDocument,
  RedeliverWebhookDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookSubscriptionDocument,
} from '../../../gql/graphql';
import { useWebhookMutation } from './useWebhookMutation';

/** Subscribe an endpoint; the payload's `secret` is shown once. */
export function useCreateWebhookSubscription() {
  return useWebhookMutation(CreateWebhookSubscriptionDocument, (d) => d.createWebhookSubscription, { refetchQueries: ['WebhookSubscriptions'] });
}

/** Change events or pause/resume; the returned subscription updates the cache. */
export function useUpdateWebhookSubscription() {
  return useWebhookMutation(UpdateWebhookSubscriptionDocument, (d) => d.updateWebhookSubscription);
}

/** A new signing secret, shown once; the old one stops working at once. */
export function useRotateWebhookSecret() {
  return useWebhookMutation(RotateWebhookSecretDocument, (d) => d.rotateWebhookSecret);
}

export function useDeleteWebhookSubscription() {
  return useWebhookMutation(DeleteWebhookSubscriptionDocument, (d) => d.deleteWebhookSubscription, { refetchQueries: ['WebhookSubscriptions'] });
}

/** Send a finished delivery again; the log is refetched to show the new pending delivery. */
export function useRedeliverWebhook() {
  return useWebhookMutation(RedeliverWebhookDocument, (d) => d.redeliverWebhook, { refetchQueries: ['WebhookDeliveries'] });
}
