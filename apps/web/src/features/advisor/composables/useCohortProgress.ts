import { useQuery } from '@vue/apollo-composable';
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { CohortProgressDocument } from '../../../gql/graphql';
import { useCursorPager } from '../../../ui/composables/useCursorPager';

/** One cohort's learners × skills table, a page of learners at a time. */
export function useCohortProgress(cohortId: MaybeRefOrGetter<string>, pageSize = 25) {
  const pager = useCursorPager(pageSize);
  watch(() => toValue(cohortId), () => pager.reset());
  const { result, loading, error, refetch } = useQuery(
    CohortProgressDocument,
    () => ({ cohortId: toValue(cohortId), first: pager.pageSize, after: pager.after.value }),
    { keepPreviousResult: true },
  );
  watch(result, () => pager.settle());
  // `node` answers null for an id that does not exist or is not the viewer's: both read as "not found".
  const cohort = computed(() => {
    const node = result.value?.node;
    return node?.__typename === 'Cohort' ? node : null;
  });
  const notFound = computed(() => !loading.value && !error.value && result.value != null && cohort.value == null);
  return { pager, cohort, notFound, loading, error, refetch };
}
