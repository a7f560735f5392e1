import type { UserErrorCode } from '../../gql/graphql';

/** What went wrong with a sign-in attempt that was not a typed `SignInError` from the payload. */
export type SignInFailure = 'NETWORK' | 'UNEXPECTED';

/** Problems the sign-in form finds on its own, before asking the server. */
export type SignInFormProblem = 'EMAIL_REQUIRED' | 'PASSWORD_REQUIRED' | 'INVALID_EMAIL';

/**
 * The problems of the sign-in inputs, keyed by the input they belong to; empty when the form may be sent. An empty
 * form would otherwise reach the server and come back as "do not match an account", which misleads.
 */
export function signInFormProblems(email: string, password: string): { email?: SignInFormProblem; password?: SignInFormProblem } {
  const problems: { email?: SignInFormProblem; password?: SignInFormProblem } = {};
  const trimmed = email.trim();
  if (trimmed === '') problems.email = 'EMAIL_REQUIRED';
  else if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) problems.email = 'INVALID_EMAIL';
  if (password === '') problems.password = 'PASSWORD_REQUIRED';
  return problems;
}

/** UI copy for a typed sign-in error. Branches on the code only; the server's message is for logs and APIs. */
export function signInErrorMessage(code: UserErrorCode | SignInFailure | SignInFormProblem): string {
  switch (code) {
    case 'EMAIL_REQUIRED':
      return 'Enter your e-mail address.';
    case 'PASSWORD_REQUIRED':
      return 'Enter your password.';
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
