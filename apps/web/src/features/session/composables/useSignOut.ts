import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { useRouter } from 'vue-router';
import { SignOutDocument } from '../../../gql/graphql';
import { RouteName } from '../../../app/route-names';
import { useSessionStore } from '../session.store';

/** Sign out: end the server session, forget everything cached for this person, go to the sign-in page. */
export function useSignOut() {
  const { resolveClient } = useApolloClient();
  const { mutate, loading } = useMutation(SignOutDocument);
  const session = useSessionStore();
  const router = useRouter();

  async function signOut(): Promise<void> {
    try {
      await mutate({ input: {} });
    } finally {
      // Even if the server could not be told, this tab must not keep showing the previous person's data.
      await resolveClient().clearStore();
      session.clear();
      await router.replace({ name: RouteName.SignIn });
    }
  }

  return { signOut, loading };
}
