import { useMutation } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { computed, ref } from 'vue';
import type { UserErrorCode } from '../../../gql/graphql';
import type { WebhookFailure } from '../webhook';

export interface WebhookPayloadError {
  code: UserErrorCode;
  message: string;
  field?: readonly string[] | null;
}

/**
 * One webhook mutation with the state every form shows: typed payload errors and transport failures kept apart.
 * `pick` takes the payload from the result; `ok` says whether it carries what success needs.
 */
export function useWebhookMutation<TData, TInput, TPayload extends { errors: readonly WebhookPayloadError[] }>(
  document: TypedDocumentNode<TData, { input: TInput }>,
  pick: (data: TData) => TPayload,
  options: { refetchQueries?: string[] } = {},
) {
  const { mutate, loading } = useMutation(document, { refetchQueries: options.refetchQueries });
  const errors = ref<WebhookPayloadError[]>([]);
  const failure = ref<WebhookFailure | null>(null);

  async function run(input: TInput): Promise<TPayload | null> {
    errors.value = [];
    failure.value = null;
    try {
      const data = (await mutate({ input } as never))?.data;
      if (!data) {
        failure.value = 'UNEXPECTED';
        return null;
      }
      const payload = pick(data as TData);
      if (payload.errors.length > 0) {
        errors.value = [...payload.errors];
        return null;
      }
      return payload;
    } catch (e) {
      failure.value = typeof e === 'object' && e != null && 'networkError' in e && e.networkError != null ? 'NETWORK' : 'UNEXPECTED';
      return null;
    }
  }

  function reset(): void {
    errors.value = [];
    failure.value = null;
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { run, reset, errors, failure, hasProblem, loading };
}
