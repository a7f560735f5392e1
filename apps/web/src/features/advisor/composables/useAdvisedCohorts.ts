import { useQuery } from '@vue/apollo-composable';
import { computed, watch } from 'vue';
import { AdvisedCohortsDocument } from '../../../gql/graphql';
import { useCursorPager } from '../../../ui/composables/useCursorPager';

/** The cohorts the signed-in advisor is assigned to, a page at a time. */
export function useAdvisedCohorts(pageSize = 20) {
  const pager = useCursorPager(pageSize);
  const { result, loading, error, refetch } = useQuery(
    AdvisedCohortsDocument,
    () => ({ first: pager.pageSize, after: pager.after.value }),
    { keepPreviousResult: true },
  );
  watch(result, () => pager.settle());
  const cohorts = computed(() => result.value?.viewer.person?.advisedCohorts ?? null);
  return { pager, cohorts, loading, error, refetch };
}
