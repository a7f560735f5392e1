import { DomainError, type FieldError } from '../errors/domain-error.js';
import { IdentityErrorCode } from '../errors/error-codes.js';

/** The kinds of identifier a person can hold; stored as `person_identifier.kind`. */
export const IDENTIFIER_KINDS = ['email', 'student_id', 'sso_subject'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

declare const emailBrand: unique symbol;
/** An e-mail address in the one form we store and compare: trimmed, NFC, lower-case. */
export type EmailAddress = string & { readonly [emailBrand]: true };

export class IdentityError extends DomainError<IdentityErrorCode> {}

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;
// Dot-atom local part (RFC 5322) widened to Unicode (RFC 6531): no spaces, quotes, brackets or control characters.
const LOCAL_PART = /^[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}\p{M}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// Host names with at least two labels; internationalised labels are accepted in U-label form.
const DOMAIN_LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;
const TOP_LABEL = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * The canonical form of an e-mail address, or null when it is not one. Case-folds the whole address: domains are
 * case-insensitive and no university mail system we serve treats local parts case-sensitively, so two spellings
 * of one mailbox must not become two identities.
 */
export function tryNormalizeEmail(raw: string): EmailAddress | null {
  const value = raw.trim().normalize('NFC').toLowerCase();
  if (value.length === 0 || value.length > MAX_EMAIL_LENGTH) return null;
  const at = value.lastIndexOf('@');
  if (at <= 0 || value.indexOf('@') !== at) return null;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).replace(/\.$/, '');
  if (local.length > MAX_LOCAL_PART_LENGTH || !LOCAL_PART.test(local)) return null;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  if (!TOP_LABEL.test(labels[labels.length - 1]!)) return null;
  return `${local}@${labels.join('.')}` as EmailAddress;
}

/** The canonical form of an e-mail address; throws INVALID_EMAIL naming `field` when it is not one. */
export function normalizeEmail(raw: string, field: readonly string[] = ['email']): EmailAddress {
  const email = tryNormalizeEmail(raw);
  if (email === null) throw identityError(IdentityErrorCode.INVALID_EMAIL, 'Enter a valid e-mail address.', field);
  return email;
}

const STUDENT_ID = /^[A-Z0-9][A-Z0-9._]{0,63}$/;

/**
 * The canonical form of a student number: NFKC (full-width digits from some keyboards become ASCII), spaces and
 * hyphens removed (`A00-123 456` and `a00123456` are the same student), upper-case. Null when the result is empty,
 * longer than 64, or holds anything but letters, digits, `.` and `_`.
 */
export function tryNormalizeStudentId(raw: string): string | null {
  const value = raw.normalize('NFKC').replace(/[\s\u2010-\u2015-]+/g, '').toUpperCase();
  return STUDENT_ID.test(value) ? value : null;
}

export function normalizeStudentId(raw: string, field: readonly string[] = ['studentId']): string {
  const value = tryNormalizeStudentId(raw);
  if (value === null) {
    throw identityError(IdentityErrorCode.INVALID_STUDENT_ID, 'Enter a student number of letters and digits.', field);
  }
  return value;
}

/** SSO subjects (`sub`, NameID) are opaque and case-sensitive: only trimmed, never case-folded. */
export function tryNormalizeSsoSubject(raw: string): string | null {
  const value = raw.trim();
  return value.length > 0 && value.length <= 255 && !/[\u0000-\u001f\u007f]/.test(value) ? value : null;
}

/** Normalises a value of any identifier kind, returning null when it is invalid for that kind. */
export function tryNormalizeIdentifier(kind: IdentifierKind, raw: string): string | null {
  switch (kind) {
    case 'email':
      return tryNormalizeEmail(raw);
    case 'student_id':
      return tryNormalizeStudentId(raw);
    case 'sso_subject':
      return tryNormalizeSsoSubject(raw);
  }
}

const INVALID_CODE: Record<IdentifierKind, IdentityErrorCode> = {
  email: IdentityErrorCode.INVALID_EMAIL,
  student_id: IdentityErrorCode.INVALID_STUDENT_ID,
  sso_subject: IdentityErrorCode.INVALID_SSO_SUBJECT,
};

/** Normalises a value of any identifier kind; throws the kind's INVALID_* code naming `field`. */
export function normalizeIdentifier(kind: IdentifierKind, raw: string, field: readonly string[] = ['value']): string {
  const value = tryNormalizeIdentifier(kind, raw);
  if (value === null) throw identityError(INVALID_CODE[kind], `Not a valid ${kind.replace('_', ' ')}.`, field);
  return value;
}

function identityError(code: IdentityErrorCode, message: string, field: readonly string[]): IdentityError {
  const fieldError: FieldError = { code, message, field };
  return new IdentityError(code, message, [fieldError]);
}
