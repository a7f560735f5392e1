import { RevokePersonalAccessTokenDocument } from '../../../gql/graphql';
import { useRevokeCredential } from './useRevokeCredential';

/** Revoke a personal access token. */
export function useRevokePersonalAccessToken() {
  return useRevokeCredential(RevokePersonalAccessTokenDocument, (d) =>
    d.revokePersonalAccessToken && { errors: d.revokePersonalAccessToken.errors, revoked: d.revokePersonalAccessToken.personalAccessToken },
  );
}
