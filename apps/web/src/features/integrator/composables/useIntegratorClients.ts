import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { IntegratorClientsDocument } from '../../../gql/graphql';
import { useCursorPager } from '../../../ui/composables/useCursorPager';

/** The institution's client-credentials clients, newest first; only queried while `enabled` (administrators). */
export function useIntegratorClients(enabled: MaybeRefOrGetter<boolean>, pageSize = 20) {
  const pager = useCursorPager(pageSize);
  const { result, loading, error, refetch } = useQuery(
    IntegratorClientsDocument,
    () => ({ first: pager.pageSize, after: pager.after.value }),
    () => ({ keepPreviousResult: true, fetchPolicy: 'cache-and-network', enabled: toValue(enabled) }),
  );
  watch(result, () => pager.settle());
  const clients = computed(() => result.value?.integratorClients ?? null);
  return { pager, clients, loading, error, refetch };
}
