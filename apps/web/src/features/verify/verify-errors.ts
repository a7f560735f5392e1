import type { UserErrorCode } from '../../gql/graphql';

export type VerifyFailure = 'NETWORK' | 'UNEXPECTED' | 'UNREADABLE_FILE';

/** UI copy for a typed verifyCredential error (by code), or for a failure before the server answered. */
export function verifyErrorMessage(code: UserErrorCode | VerifyFailure): string {
  switch (code) {
    case 'REQUIRED':
      return 'Paste a credential or choose a file to verify.';
    case 'INVALID_VALUE':
      return 'That input could not be read as a credential. Check that the whole text or file was included.';
    case 'INVALID_EMAIL':
      return 'Enter the recipient’s e-mail address like name@example.com, or leave it empty.';
    case 'TOO_LONG':
      return 'That credential is too large to verify here.';
    case 'UNREADABLE_FILE':
      return 'That file could not be read. Choose a .json, .jws, .jwt, .png or .svg credential file.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'The credential could not be verified this time. Please try again in a moment.';
  }
}
