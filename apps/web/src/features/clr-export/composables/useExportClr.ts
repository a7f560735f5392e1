import { useMutation } from '@vue/apollo-composable';
import { computed, ref } from 'vue';
import { ExportClrDocument, type ExportClrMutation } from '../../../gql/graphql';
import type { ExportFailure } from '../clr-export';

export type ExportClrError = ExportClrMutation['exportClr']['errors'][number];

export interface ExportedClr {
  clr: Record<string, unknown>;
  jwt: string;
}

/** Sign and fetch the learner's CLR 2.0; typed errors and transport failures are kept apart. */
export function useExportClr() {
  const { mutate, loading } = useMutation(ExportClrDocument);
  const errors = ref<ExportClrError[]>([]);
  const failure = ref<ExportFailure | null>(null);

  async function exportClr(input: { awardIds?: string[] }): Promise<ExportedClr | null> {
    errors.value = [];
    failure.value = null;
    try {
      const payload = (await mutate({ input }))?.data?.exportClr;
      if (payload && payload.errors.length > 0) {
        errors.value = payload.errors;
        return null;
      }
      if (!payload?.clr || !payload.jwt) {
        failure.value = 'UNEXPECTED';
        return null;
      }
      return { clr: payload.clr, jwt: payload.jwt };
    } catch (e) {
      failure.value = typeof e === 'object' && e != null && 'networkError' in e && e.networkError != null ? 'NETWORK' : 'UNEXPECTED';
      return null;
    }
  }

  const hasProblem = computed(() => errors.value.length > 0 || failure.value != null);
  return { exportClr, errors, failure, hasProblem, loading };
}
