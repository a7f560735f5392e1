import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { WebhookDeliveriesDocument } from '../../../gql/graphql';
import { useCursorPager } from '../../../ui/composables/useCursorPager';

/** One subscription's delivery log, newest first; fetched fresh each time the log is opened. */
export function useWebhookDeliveries(subscriptionId: MaybeRefOrGetter<string>, pageSize = 10) {
  const pager = useCursorPager(pageSize);
  const { result, loading, error, refetch } = useQuery(
    WebhookDeliveriesDocument,
    () => ({ id: toValue(subscriptionId), first: pager.pageSize, after: pager.after.value }),
    { keepPreviousResult: true, fetchPolicy: 'network-only' },
  );
  watch(result, () => pager.settle());
  const deliveries = computed(() => {
    const node = result.value?.node;
    return node?.__typename === 'WebhookSubscription' ? node.deliveries : null;
  });
  return { pager, deliveries, loading, error, refetch };
}
