import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { VerifyCredentialDocument, type VerifyCredentialMutation } from '../../../gql/graphql';
import type { VerifyInputFields } from '../credential-input';
import type { VerifyFailure } from '../verify-errors';

export type VerifyCredentialError = NonNullable<VerifyCredentialMutation['verifyCredential']>['errors'][number];
export type VerificationReportResult = NonNullable<VerifyCredentialMutation['verifyCredential']['report']>;

/** Run the server's verifier on one credential; keeps the last report, typed errors and transport failures apart. */
export function useVerifyCredential() {
  const { mutate, loading } = useMutation(VerifyCredentialDocument, { fetchPolicy: 'no-cache' });
  const report = ref<VerificationReportResult | null>(null);
  const errors = ref<VerifyCredentialError[]>([]);
  const failure = ref<VerifyFailure | null>(null);

  function reset(): void {
    report.value = null;
    errors.value = [];
    failure.value = null;
  }

  async function verify(input: VerifyInputFields): Promise<void> {
    reset();
    try {
      const payload = (await mutate({ input }))?.data?.verifyCredential;
      if (!payload) failure.value = 'UNEXPECTED';
      else if (payload.errors.length) errors.value = payload.errors;
      else if (!payload.report) failure.value = 'UNEXPECTED';
      else report.value = payload.report;
    } catch (e) {
      failure.value = failureOf(e);
    }
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { verify, reset, report, errors, failure, hasProblem, loading };
}

/** A 413 from the server's body limit is a too-large input, not an unreachable server. */
function failureOf(e: unknown): VerifyFailure {
  if (typeof e !== 'object' || e == null || !('networkError' in e) || e.networkError == null) return 'UNEXPECTED';
  const status = (e.networkError as { statusCode?: unknown }).statusCode;
  return status === 413 ? 'TOO_LARGE' : 'NETWORK';
}
