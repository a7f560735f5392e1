import { RevokeIntegratorClientDocument } from '../../../gql/graphql';
import { useRevokeCredential } from './useRevokeCredential';

/** Revoke a client-credentials client (its access tokens stop working). */
export function useRevokeIntegratorClient() {
  return useRevokeCredential(RevokeIntegratorClientDocument, (d) =>
    d.revokeIntegratorClient && { errors: d.revokeIntegratorClient.errors, revoked: d.revokeIntegratorClient.integratorClient },
  );
}
