import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { RevokeIntegratorClientDocument } from '../../../gql/graphql';
import type { IntegratorFailure } from '../integrator';
import { failureOf, type PayloadError } from './payload-outcome';

/** Revoke a client-credentials client (its access tokens stop working); the returned row updates the list through the cache. */
export function useRevokeIntegratorClient() {
  const { mutate, loading } = useMutation(RevokeIntegratorClientDocument);
  const errors = ref<PayloadError[]>([]);
  const failure = ref<IntegratorFailure | null>(null);

  async function revoke(id: string): Promise<boolean> {
    errors.value = [];
    failure.value = null;
    try {
      const payload = (await mutate({ input: { id } }))?.data?.revokeIntegratorClient;
      if (payload && payload.errors.length > 0) {
        errors.value = payload.errors;
        return false;
      }
      if (!payload?.integratorClient) {
        failure.value = 'UNEXPECTED';
        return false;
      }
      return true;
    } catch (e) {
      failure.value = failureOf(e);
      return false;
    }
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { revoke, errors, failure, hasProblem, loading };
}
