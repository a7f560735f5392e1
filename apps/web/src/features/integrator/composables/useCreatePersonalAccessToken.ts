import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import {
  CreatePersonalAccessTokenDocument,
  type CreatePersonalAccessTokenInput,
  type PersonalAccessTokenRowFragment,
} from '../../../gql/graphql';
import type { IntegratorFailure } from '../integrator';
import { failureOf, type PayloadError } from './payload-outcome';

/** Create a personal access token; resolves to the token (shown once) and its row, or null with the errors set. */
export function useCreatePersonalAccessToken() {
  const { mutate, loading } = useMutation(CreatePersonalAccessTokenDocument, { refetchQueries: ['PersonalAccessTokens'] });
  const errors = ref<PayloadError[]>([]);
  const failure = ref<IntegratorFailure | null>(null);

  async function create(input: CreatePersonalAccessTokenInput): Promise<{ token: string; record: PersonalAccessTokenRowFragment } | null> {
    errors.value = [];
    failure.value = null;
    try {
      const payload = (await mutate({ input }))?.data?.createPersonalAccessToken;
      if (payload && payload.errors.length > 0) {
        errors.value = payload.errors;
        return null;
      }
      if (!payload?.token || !payload.personalAccessToken) {
        failure.value = 'UNEXPECTED';
        return null;
      }
      return { token: payload.token, record: payload.personalAccessToken };
    } catch (e) {
      failure.value = failureOf(e);
      return null;
    }
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { create, errors, failure, hasProblem, loading };
}
