import type { UserErrorCode } from '../../gql/graphql';

/** What went wrong with a sign-in attempt that was not a typed `SignInError` from the payload. */
export type SignInFailure = 'NETWORK' | 'UNEXPECTED';

/** UI copy for a typed sign-in error. Branches on the code only; the server's message is for logs and APIs. */
export function signInErrorMessage(code: UserErrorCode | SignInFailure): string {
  switch (code) {
    case 'INVALID_CREDENTIALS':
      return 'That e-mail address and password do not match an account. Check them and try again.';
    case 'TOO_MANY_ATTEMPTS':
      return 'Too many failed attempts. Wait 15 minutes before trying again, or reset your password.';
    case 'REQUIRED':
      return 'Enter your e-mail address and password.';
    case 'INVALID_EMAIL':
      return 'Enter an e-mail address like name@university.edu.';
    case 'TOO_LONG':
      return 'That e-mail address or password is too long.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'Sign-in did not work this time. Please try again in a moment.';
  }
}

/** The input a typed error points at (`field: ["email"]`), so the form can mark it invalid. */
export function errorFieldsOf(errors: readonly { field?: readonly string[] | null }[]): Set<string> {
  const fields = new Set<string>();
  for (const e of errors) {
    const last = e.field?.[e.field.length - 1];
    if (last) fields.add(last);
  }
  return fields;
}
