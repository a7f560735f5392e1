import type { UserErrorCode } from '../../gql/graphql';

/** The server's minimum (`MIN_PASSWORD_LENGTH`), checked here first so the person hears about it before submitting. */
export const MIN_PASSWORD_LENGTH = 12;

/** Problems the reset form finds on its own, before asking the server. */
export type NewPasswordProblem = 'PASSWORD_REQUIRED' | 'PASSWORD_TOO_SHORT' | 'CONFIRMATION_REQUIRED' | 'PASSWORDS_DIFFER';

/** What went wrong with a request that was not a typed error from the payload. */
export type PasswordResetFailure = 'NETWORK' | 'UNEXPECTED';

/** Characters as the server counts them (code points), so an emoji is one character on both sides. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/**
 * The problems of a new password and its confirmation, keyed by the input they belong to; empty when the form may
 * be sent. The server still decides (it also refuses the account's e-mail address, which this page does not know).
 */
export function newPasswordProblems(password: string, confirmation: string): { password?: NewPasswordProblem; confirmation?: NewPasswordProblem } {
  const problems: { password?: NewPasswordProblem; confirmation?: NewPasswordProblem } = {};
  if (password.length === 0) problems.password = 'PASSWORD_REQUIRED';
  else if (passwordLength(password) < MIN_PASSWORD_LENGTH) problems.password = 'PASSWORD_TOO_SHORT';
  if (confirmation.length === 0) problems.confirmation = 'CONFIRMATION_REQUIRED';
  else if (confirmation !== password) problems.confirmation = 'PASSWORDS_DIFFER';
  return problems;
}

/** The token of a reset link (`?token=…`); null when it is missing or repeated, since neither came from our e-mail. */
export function resetTokenFrom(query: Record<string, unknown>): string | null {
  const token = query.token;
  if (typeof token !== 'string') return null;
  const trimmed = token.trim();
  return trimmed.length > 0 ? trimmed : null;
}

/** A refusal that a new link fixes, rather than a different password. */
export function needsNewLink(code: UserErrorCode | NewPasswordProblem | PasswordResetFailure): boolean {
  return code === 'RESET_TOKEN_INVALID' || code === 'RESET_TOKEN_EXPIRED';
}

/** UI copy for a reset problem, typed or found by the form. Branches on the code only, never the server's message. */
export function resetPasswordMessage(code: UserErrorCode | NewPasswordProblem | PasswordResetFailure): string {
  switch (code) {
    case 'RESET_TOKEN_INVALID':
      return 'This reset link does not work any more: it may have been used already, or copied incompletely. Ask for a new link.';
    case 'RESET_TOKEN_EXPIRED':
      return 'This reset link has expired (links work for 30 minutes). Ask for a new link.';
    case 'PASSWORD_REQUIRED':
      return 'Enter a new password.';
    case 'PASSWORD_TOO_SHORT':
      return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`;
    case 'PASSWORD_SAME_AS_EMAIL':
      return 'Choose a password that is not your e-mail address.';
    case 'CONFIRMATION_REQUIRED':
      return 'Enter the new password a second time to confirm it.';
    case 'PASSWORDS_DIFFER':
      return 'The two passwords are not the same. Type them again.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'Your password could not be changed this time. Please try again in a moment.';
  }
}

/** UI copy for a failed reset request. The server never refuses an address, so only transport problems remain. */
export function requestResetMessage(code: UserErrorCode | PasswordResetFailure): string {
  switch (code) {
    case 'REQUIRED':
      return 'Enter your e-mail address.';
    case 'INVALID_EMAIL':
      return 'Enter an e-mail address like name@university.edu.';
    case 'NETWORK':
      return 'OpenCLR could not be reached. Check your connection and try again.';
    default:
      return 'Your request could not be sent this time. Please try again in a moment.';
  }
}

/** A loose shape check before sending, matching the sign-in form; the server normalises the address. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
