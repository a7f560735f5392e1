import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ExportableAwardsDocument } from '../../../gql/graphql';

/** The server's largest page: a record with more awards exports whole, or by the awards listed here. */
export const EXPORTABLE_AWARDS_FIRST = 100;

/** The signed-in learner's awards, to choose what goes into their exported record. */
export function useExportableAwards() {
  const { result, loading, error, refetch } = useQuery(
    ExportableAwardsDocument,
    { first: EXPORTABLE_AWARDS_FIRST },
    { fetchPolicy: 'cache-and-network' },
  );
  const person = computed(() => result.value?.viewer.person ?? null);
  return {
    loading,
    error,
    refetch,
    learnerName: computed(() => person.value?.displayName ?? ''),
    awards: computed(() => person.value?.awards ?? null),
  };
}
