import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { ResetPasswordDocument, type ResetPasswordMutation } from '../../../gql/graphql';
import type { PasswordResetFailure } from '../password-reset';

export type ResetPasswordError = ResetPasswordMutation['resetPassword']['errors'][number];

/** Set a new password with the token of a reset link; `done` once the server has changed it. */
export function useResetPassword() {
  const { mutate, loading } = useMutation(ResetPasswordDocument);
  const done = ref(false);
  const errors = ref<ResetPasswordError[]>([]);
  const failure = ref<PasswordResetFailure | null>(null);

  async function resetPassword(token: string, newPassword: string): Promise<boolean> {
    errors.value = [];
    failure.value = null;
    try {
      const result = await mutate({ input: { token, newPassword } });
      const payload = result?.data?.resetPassword;
      if (!payload) failure.value = 'UNEXPECTED';
      else if (payload.errors.length > 0) errors.value = payload.errors;
      else if (!payload.ok) failure.value = 'UNEXPECTED';
      else done.value = true;
    } catch (e) {
      failure.value = isNetworkError(e) ? 'NETWORK' : 'UNEXPECTED';
    }
    return done.value;
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { resetPassword, done, errors, failure, hasProblem, loading };
}

function isNetworkError(e: unknown): boolean {
  return typeof e === 'object' && e != null && 'networkError' in e && (e as { networkError: unknown }).networkError != null;
}
