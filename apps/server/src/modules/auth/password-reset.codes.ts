/** User-error codes of password sign-in, lockout and reset (no imports: `graphql/errors.ts` merges them). */
export enum AuthErrorCode {
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  RESET_TOKEN_INVALID = 'RESET_TOKEN_INVALID',
  RESET_TOKEN_EXPIRED = 'RESET_TOKEN_EXPIRED',
  PASSWORD_TOO_SHORT = 'PASSWORD_TOO_SHORT',
  PASSWORD_SAME_AS_EMAIL = 'PASSWORD_SAME_AS_EMAIL',
}
