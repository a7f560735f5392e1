import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { LearnerHomeDocument } from '../../../gql/graphql';

/** How many items each dashboard section shows; each says how many more exist. */
export const LEARNER_HOME_SIZES = { skillsFirst: 50, awardsFirst: 5, evidenceFirst: 5, experiencesFirst: 8 } as const;

/** The learner's own dashboard: skills with progress, recent awards, evidence and experiences. */
export function useLearnerHome() {
  const { result, loading, error, refetch } = useQuery(LearnerHomeDocument, LEARNER_HOME_SIZES);
  const person = computed(() => result.value?.viewer.person ?? null);
  return {
    loading,
    error,
    refetch,
    skills: computed(() => person.value?.skillProgress ?? null),
    awards: computed(() => person.value?.awards ?? null),
    evidence: computed(() => person.value?.evidence ?? null),
    experiences: computed(() => person.value?.experiences ?? null),
  };
}
