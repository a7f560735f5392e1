import type { UserErrorCode } from '../../gql/graphql';

import type { InputProblem } from './credential-input';

export type VerifyFailure = 'NETWORK' | 'UNEXPECTED' | 'UNREADABLE_FILE' | InputProblem;

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
    case 'EMPTY_FILE':
      return 'This file is empty.';
    case 'UNSUPPORTED_FILE':
      return 'Choose a .json, .jws/.jwt, .png or .svg file.';
    case 'INVALID_JSON':
      return 'This is not valid JSON.';
    case 'TOO_LARGE':
      return 'This credential is too large to verify here: requests are limited to 8 MB (about 6 MB for a PNG image).';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'The credential could not be verified this time. Please try again in a moment.';
  }
}
