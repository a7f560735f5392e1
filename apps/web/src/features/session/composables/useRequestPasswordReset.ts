import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { RequestPasswordResetDocument, type UserErrorCode } from '../../../gql/graphql';
import type { PasswordResetFailure } from '../password-reset';

/**
 * Ask for a reset e-mail. `sent` turns true whenever the server accepted the request, which it does whether or not
 * the address has an account, so the page can only ever say "if there is an account, a link is on its way".
 */
export function useRequestPasswordReset() {
  const { mutate, loading } = useMutation(RequestPasswordResetDocument);
  const sent = ref(false);
  const problem = ref<UserErrorCode | PasswordResetFailure | null>(null);

  async function requestReset(email: string): Promise<boolean> {
    sent.value = false;
    problem.value = null;
    try {
      const result = await mutate({ input: { email: email.trim() } });
      const payload = result?.data?.requestPasswordReset;
      if (!payload) problem.value = 'UNEXPECTED';
      else if (payload.errors.length > 0) problem.value = payload.errors[0]!.code;
      else if (!payload.accepted) problem.value = 'UNEXPECTED';
      else sent.value = true;
    } catch (e) {
      problem.value = isNetworkError(e) ? 'NETWORK' : 'UNEXPECTED';
    }
    return sent.value;
  }

  return { requestReset, sent, problem, hasProblem: computed(() => problem.value != null), loading };
}

function isNetworkError(e: unknown): boolean {
  return typeof e === 'object' && e != null && 'networkError' in e && (e as { networkError: unknown }).networkError != null;
}
