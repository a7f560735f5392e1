import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { CreateIntegratorClientDocument, type CreateIntegratorClientInput, type IntegratorClientRowFragment } from '../../../gql/graphql';
import type { IntegratorFailure } from '../integrator';
import { failureOf, type PayloadError } from './payload-outcome';

/** Register a client-credentials client; resolves to its secret (shown once) and its row, or null with the errors set. */
export function useCreateIntegratorClient() {
  const { mutate, loading } = useMutation(CreateIntegratorClientDocument, { refetchQueries: ['IntegratorClients'] });
  const errors = ref<PayloadError[]>([]);
  const failure = ref<IntegratorFailure | null>(null);

  async function create(input: CreateIntegratorClientInput): Promise<{ clientSecret: string; record: IntegratorClientRowFragment } | null> {
    errors.value = [];
    failure.value = null;
    try {
      const payload = (await mutate({ input }))?.data?.createIntegratorClient;
      if (payload && payload.errors.length > 0) {
        errors.value = payload.errors;
        return null;
      }
      if (!payload?.clientSecret || !payload.integratorClient) {
        failure.value = 'UNEXPECTED';
        return null;
      }
      return { clientSecret: payload.clientSecret, record: payload.integratorClient };
    } catch (e) {
      failure.value = failureOf(e);
      return null;
    }
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { create, errors, failure, hasProblem, loading };
}
