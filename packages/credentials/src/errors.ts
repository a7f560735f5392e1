/** Machine-readable reasons a credentials operation refused its input. Branch on these, never on messages. */
export enum CredentialsErrorCode {
  InvalidInput = 'INVALID_INPUT',
  UnknownDocument = 'UNKNOWN_DOCUMENT',
  MalformedPng = 'MALFORMED_PNG',
  MalformedSvg = 'MALFORMED_SVG',
  UnsafeSvg = 'UNSAFE_SVG',
  NoBakedCredential = 'NO_BAKED_CREDENTIAL',
  MalformedCredential = 'MALFORMED_CREDENTIAL',
  MalformedJwt = 'MALFORMED_JWT',
  UnsupportedAlgorithm = 'UNSUPPORTED_ALGORITHM',
  KeyNotFound = 'KEY_NOT_FOUND',
  MalformedStatusList = 'MALFORMED_STATUS_LIST',
  SigningFailed = 'SIGNING_FAILED',
}

/**
 * Error thrown by every function of this package for input it cannot accept; `code` says why and `field`, when
 * set, names the offending input path (e.g. `['achievement', 'rubric', 'criteria', 0, 'id']`).
 */
export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';

  constructor(
    readonly code: CredentialsErrorCode,
    message: string,
    readonly field?: readonly (string | number)[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const invalidInput = (field: readonly (string | number)[], message: string): CredentialsError =>
  new CredentialsError(CredentialsErrorCode.InvalidInput, `${field.join('.')}: ${message}`, field);
