import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { SignInDocument, ViewerDocument, type SignInMutation, type ViewerFieldsFragment } from '../../../gql/graphql';
import type { SignInFailure } from '../sign-in-errors';

export type SignInError = SignInMutation['signIn']['errors'][number];

/**
 * Sign in with e-mail and password. On success the cache is emptied of anything from a previous session and
 * the new viewer written in, so every page sees the new person at once.
 */
export function useSignIn() {
  const { resolveClient } = useApolloClient();
  const { mutate, loading } = useMutation(SignInDocument);
  const errors = ref<SignInError[]>([]);
  const failure = ref<SignInFailure | null>(null);

  async function signIn(email: string, password: string): Promise<ViewerFieldsFragment | null> {
    errors.value = [];
    failure.value = null;
    try {
      const result = await mutate({ input: { email: email.trim(), password } });
      const payload = result?.data?.signIn;
      if (!payload) {
        failure.value = 'UNEXPECTED';
        return null;
      }
      if (payload.errors.length > 0 || !payload.viewer?.person) {
        errors.value = payload.errors;
        if (payload.errors.length === 0) failure.value = 'UNEXPECTED';
        return null;
      }
      const client = resolveClient();
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { __typename: 'Query', viewer: payload.viewer } });
      return payload.viewer;
    } catch (e) {
      failure.value = isNetworkError(e) ? 'NETWORK' : 'UNEXPECTED';
      return null;
    }
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { signIn, errors, failure, hasProblem, loading };
}

function isNetworkError(e: unknown): boolean {
  return typeof e === 'object' && e != null && 'networkError' in e && (e as { networkError: unknown }).networkError != null;
}
