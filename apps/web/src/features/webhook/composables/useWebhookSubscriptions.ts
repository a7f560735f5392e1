import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { WebhookSubscriptionsDocument } from '../../../gql/graphql';
import { useCursorPager } from '../../../ui/composables/useCursorPager';

/** The institution's webhook subscriptions, newest first, a page at a time. */
export function useWebhookSubscriptions(pageSize = 20) {
  const pager = useCursorPager(pageSize);
  const { result, loading, error, refetch } = useQuery(
    WebhookSubscriptionsDocument,
    () => ({ first: pager.pageSize, after: pager.after.value }),
    { keepPreviousResult: true, fetchPolicy: 'cache-and-network' },
  );
  watch(result, () => pager.settle());
  const subscriptions = computed(() => result.value?.webhookSubscriptions ?? null);
  return { pager, subscriptions, loading, error, refetch };
}
