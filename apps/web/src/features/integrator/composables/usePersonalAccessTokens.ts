import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { PersonalAccessTokensDocument } from '../../../gql/graphql';
import { useCursorPager } from '../../../ui/composables/useCursorPager';

/** The signed-in person's personal access tokens, newest first, a page at a time. */
export function usePersonalAccessTokens(pageSize = 20) {
  const pager = useCursorPager(pageSize);
  const { result, loading, error, refetch } = useQuery(
    PersonalAccessTokensDocument,
    () => ({ first: pager.pageSize, after: pager.after.value }),
    { keepPreviousResult: true, fetchPolicy: 'cache-and-network' },
  );
  watch(result, () => pager.settle());
  const tokens = computed(() => result.value?.viewer.personalAccessTokens ?? null);
  return { pager, tokens, loading, error, refetch };
}
