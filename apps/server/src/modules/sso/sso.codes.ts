/** User-error codes of SSO configuration (no imports: `graphql/errors.ts` merges them). */
export enum SsoErrorCode {
  INVALID_URL = 'INVALID_URL',
  ISSUER_UNREACHABLE = 'ISSUER_UNREACHABLE',
}
