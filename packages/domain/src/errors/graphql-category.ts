import { assertNever, isDomainError, type GraphQLErrorCategory } from './domain-error.js';
import {
  AccessErrorCode,
  AchievementErrorCode,
  AwardErrorCode,
  ExpiryErrorCode,
  IdErrorCode,
  IdentityErrorCode,
  RubricErrorCode,
  type DomainErrorCode,
} from './error-codes.js';

/**
 * The GraphQL `extensions.code` for a domain error code. Exhaustive: a new code does not compile until it is
 * placed here. An invalid global ID is BAD_USER_INPUT (the caller sent garbage), not NOT_FOUND.
 */
export function graphqlCategory(code: DomainErrorCode): GraphQLErrorCategory {
  switch (code) {
    case AccessErrorCode.UNAUTHENTICATED:
      return 'UNAUTHENTICATED';
    case AccessErrorCode.FORBIDDEN:
      return 'FORBIDDEN';
    case AccessErrorCode.NOT_FOUND:
      return 'NOT_FOUND';
    case IdentityErrorCode.IDENTIFIER_TAKEN:
    case AwardErrorCode.AWARD_ALREADY_HELD:
    case AwardErrorCode.INVALID_AWARD_TRANSITION:
    case AchievementErrorCode.INVALID_ACHIEVEMENT_STATUS_CHANGE:
      return 'CONFLICT';
    case IdErrorCode.INVALID_ID:
    case IdentityErrorCode.INVALID_EMAIL:
    case IdentityErrorCode.INVALID_STUDENT_ID:
    case IdentityErrorCode.INVALID_SSO_SUBJECT:
    case RubricErrorCode.INVALID_RUBRIC:
    case RubricErrorCode.RUBRIC_NO_CRITERIA:
    case RubricErrorCode.RUBRIC_TOO_FEW_LEVELS:
    case RubricErrorCode.RUBRIC_TOO_LARGE:
    case RubricErrorCode.RUBRIC_EMPTY_NAME:
    case RubricErrorCode.RUBRIC_NAME_TOO_LONG:
    case RubricErrorCode.RUBRIC_DUPLICATE_NAME:
    case RubricErrorCode.RUBRIC_LEVEL_POSITION:
    case RubricErrorCode.INVALID_RATINGS:
    case RubricErrorCode.RATING_UNKNOWN_CRITERION:
    case RubricErrorCode.RATING_DUPLICATE_CRITERION:
    case RubricErrorCode.RATING_MISSING_CRITERION:
    case RubricErrorCode.RATING_LEVEL_OUT_OF_RANGE:
    case RubricErrorCode.AWARD_RULE_LEVEL_OUT_OF_RANGE:
    case AchievementErrorCode.INVALID_ACHIEVEMENT_TYPE:
    case ExpiryErrorCode.INVALID_EXPIRY_POLICY:
    case ExpiryErrorCode.INVALID_DATE:
    case ExpiryErrorCode.INVALID_TIME_ZONE:
    case AwardErrorCode.AWARD_REASON_REQUIRED:
    case AwardErrorCode.AWARD_CRITERIA_NOT_MET:
      return 'BAD_USER_INPUT';
    default:
      return assertNever(code, 'domain error code');
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set<string>(
  [AccessErrorCode, IdErrorCode, IdentityErrorCode, RubricErrorCode, AchievementErrorCode, ExpiryErrorCode, AwardErrorCode]
    .flatMap((codes) => Object.values(codes)),
);

/**
 * The GraphQL category for anything thrown: domain errors by code; everything else (including a DomainError
 * carrying a code this build does not know) is INTERNAL_SERVER_ERROR, to be masked and logged by the caller.
 */
export function graphqlCategoryOf(error: unknown): GraphQLErrorCategory {
  return isDomainError(error) && KNOWN_CODES.has(error.code) ? graphqlCategory(error.code) : 'INTERNAL_SERVER_ERROR';
}
