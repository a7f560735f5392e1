import { useMutation } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, ref } from 'vue';
import type { IntegratorFailure } from '../integrator';
import { failureOf, type PayloadError } from './payload-outcome';

/**
 * Revoke an integrator client or a personal access token by id. `revokedOf` takes the payload's revoked row from the
 * result: without one the answer is UNEXPECTED. The returned row updates the list through the cache.
 */
export function useRevokeCredential<TData>(
  document: TypedDocumentNode<TData, { input: { id: string } }>,
  payloadOf: (data: TData) => { errors: PayloadError[]; revoked: unknown } | null | undefined,
) {
  const { mutate, loading } = useMutation(document);
  const errors = ref<PayloadError[]>([]);
  const failure = ref<IntegratorFailure | null>(null);

  async function revoke(id: string): Promise<boolean> {
    errors.value = [];
    failure.value = null;
    try {
      const data = (await mutate({ input: { id } }))?.data;
      const payload = data ? payloadOf(data as TData) : undefined;
      if (payload && payload.errors.length > 0) {
        errors.value = payload.errors;
        return false;
      }
      if (!payload?.revoked) {
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
