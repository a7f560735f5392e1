import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { ViewerDocument } from '../../../gql/graphql';
import { orderedRoles } from '../../../app/roles';

/** The signed-in person, their roles and institution, from the cache the route guard filled. */
export function useViewer() {
  const { result, loading, error } = useQuery(ViewerDocument, null, { fetchPolicy: 'cache-first' });
  const viewer = computed(() => result.value?.viewer ?? null);
  const person = computed(() => viewer.value?.person ?? null);
  const roles = computed(() => orderedRoles(viewer.value?.roles ?? []));
  const institution = computed(() => viewer.value?.institution ?? null);
  const signedIn = computed(() => person.value != null);
  return { viewer, person, roles, institution, signedIn, loading, error };
}
