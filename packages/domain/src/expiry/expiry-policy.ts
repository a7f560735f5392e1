import { ExpiryErrorCode } from '../errors/error-codes.js';
import type { FieldError } from '../errors/domain-error.js';
import { addDays, addMonths, ExpiryError, localDateOf, startOfLocalDate, tryParseLocalDate, type LocalDate } from './local-date.js';

/** How long an award of an achievement stays valid. */
export type ExpiryPolicy =
  | { readonly kind: 'none' }
  | { readonly kind: 'months_after_issue'; readonly months: number }
  | { readonly kind: 'fixed_date'; readonly date: LocalDate };

export const EXPIRY_POLICY_KINDS = ['none', 'months_after_issue', 'fixed_date'] as const;
export type ExpiryPolicyKind = (typeof EXPIRY_POLICY_KINDS)[number];

export const MAX_EXPIRY_MONTHS = 1200;

/** When an award stops being valid: the last valid calendar day, and the instant right after it. */
export interface Expiry {
  /** Last day on which the award is valid, in the institution's calendar. */
  readonly validThrough: LocalDate;
  /** Start of the following day in the institution's time zone: stored as `award.valid_until`. */
  readonly validUntil: Date;
}

export function validateExpiryPolicy(policy: ExpiryPolicy): FieldError<ExpiryErrorCode>[] {
  const invalid = (message: string, field: string): FieldError<ExpiryErrorCode>[] => [
    { code: ExpiryErrorCode.INVALID_EXPIRY_POLICY, message, field: ['expiryPolicy', field] },
  ];
  switch (policy.kind) {
    case 'none':
      return [];
    case 'months_after_issue':
      return Number.isInteger(policy.months) && policy.months >= 1 && policy.months <= MAX_EXPIRY_MONTHS
        ? []
        : invalid(`Expiry must be 1 to ${MAX_EXPIRY_MONTHS} months after issue.`, 'months');
    case 'fixed_date':
      return tryParseLocalDate(policy.date) ? [] : invalid('Enter the expiry date as YYYY-MM-DD.', 'date');
    default:
      return invalid('Unknown expiry policy.', 'kind');
  }
}

/**
 * The expiry of an award issued at `issuedAt` under `policy`, reckoned in the institution's `timeZone`; null
 * when awards never expire. "12 months after issue" for an award issued on 15 March is valid through 15 March of
 * the next year (end-of-month dates clamp). A fixed date is valid through that date. Throws `ExpiryError`
 * (INVALID_EXPIRY_POLICY) for a malformed policy or a fixed date that ends before the award would start.
 */
export function computeExpiry(policy: ExpiryPolicy, issuedAt: Date, timeZone: string): Expiry | null {
  const errors = validateExpiryPolicy(policy);
  if (errors.length > 0) throw new ExpiryError(ExpiryErrorCode.INVALID_EXPIRY_POLICY, errors[0]!.message, errors);
  if (policy.kind === 'none') return null;
  const issuedOn = localDateOf(issuedAt, timeZone);
  const validThrough = policy.kind === 'months_after_issue' ? addMonths(issuedOn, policy.months) : policy.date;
  const validUntil = startOfLocalDate(addDays(validThrough, 1), timeZone);
  if (validUntil.getTime() <= issuedAt.getTime()) {
    const message = `The achievement expired on ${validThrough}; it can no longer be awarded.`;
    throw new ExpiryError(ExpiryErrorCode.INVALID_EXPIRY_POLICY, message, [
      { code: ExpiryErrorCode.INVALID_EXPIRY_POLICY, message, field: ['expiryPolicy', 'date'] },
    ]);
  }
  return { validThrough, validUntil };
}
