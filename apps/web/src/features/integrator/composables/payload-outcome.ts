import type { UserErrorCode } from '../../../gql/graphql';
import type { IntegratorFailure } from '../integrator';

export interface PayloadError {
  code: UserErrorCode;
  message: string;
  field?: readonly string[] | null;
}

/** A transport failure (no answer) reads differently from a server that answered with a GraphQL error. */
export function failureOf(e: unknown): IntegratorFailure {
  return typeof e === 'object' && e != null && 'networkError' in e && e.networkError != null ? 'NETWORK' : 'UNEXPECTED';
}
