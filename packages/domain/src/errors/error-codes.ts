/*
 * Per-feature error codes. Values are globally unique so that a code alone identifies the problem in logs,
 * GraphQL `extensions.reason` and user errors. Adding a code forces a decision in `graphqlCategory`.
 */

/** Codes for access and lookup failures that any feature may raise. */
export enum AccessErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  /** Also used for records that exist but are not the viewer's: denied looks like absent. */
  NOT_FOUND = 'NOT_FOUND',
}

export enum IdErrorCode {
  INVALID_ID = 'INVALID_ID',
}

export enum IdentityErrorCode {
  INVALID_EMAIL = 'INVALID_EMAIL',
  INVALID_STUDENT_ID = 'INVALID_STUDENT_ID',
  INVALID_SSO_SUBJECT = 'INVALID_SSO_SUBJECT',
  IDENTIFIER_TAKEN = 'IDENTIFIER_TAKEN',
}

export enum RubricErrorCode {
  INVALID_RUBRIC = 'INVALID_RUBRIC',
  RUBRIC_NO_CRITERIA = 'RUBRIC_NO_CRITERIA',
  RUBRIC_TOO_FEW_LEVELS = 'RUBRIC_TOO_FEW_LEVELS',
  RUBRIC_TOO_LARGE = 'RUBRIC_TOO_LARGE',
  RUBRIC_EMPTY_NAME = 'RUBRIC_EMPTY_NAME',
  RUBRIC_NAME_TOO_LONG = 'RUBRIC_NAME_TOO_LONG',
  RUBRIC_DUPLICATE_NAME = 'RUBRIC_DUPLICATE_NAME',
  RUBRIC_LEVEL_POSITION = 'RUBRIC_LEVEL_POSITION',
  INVALID_RATINGS = 'INVALID_RATINGS',
  RATING_UNKNOWN_CRITERION = 'RATING_UNKNOWN_CRITERION',
  RATING_DUPLICATE_CRITERION = 'RATING_DUPLICATE_CRITERION',
  RATING_MISSING_CRITERION = 'RATING_MISSING_CRITERION',
  RATING_LEVEL_OUT_OF_RANGE = 'RATING_LEVEL_OUT_OF_RANGE',
  AWARD_RULE_LEVEL_OUT_OF_RANGE = 'AWARD_RULE_LEVEL_OUT_OF_RANGE',
}

export enum AchievementErrorCode {
  INVALID_ACHIEVEMENT_TYPE = 'INVALID_ACHIEVEMENT_TYPE',
  INVALID_ACHIEVEMENT_STATUS_CHANGE = 'INVALID_ACHIEVEMENT_STATUS_CHANGE',
}

export enum ExpiryErrorCode {
  INVALID_EXPIRY_POLICY = 'INVALID_EXPIRY_POLICY',
  INVALID_DATE = 'INVALID_DATE',
  INVALID_TIME_ZONE = 'INVALID_TIME_ZONE',
}

export enum AwardErrorCode {
  INVALID_AWARD_TRANSITION = 'INVALID_AWARD_TRANSITION',
  AWARD_REASON_REQUIRED = 'AWARD_REASON_REQUIRED',
  AWARD_ALREADY_HELD = 'AWARD_ALREADY_HELD',
  AWARD_CRITERIA_NOT_MET = 'AWARD_CRITERIA_NOT_MET',
}

export type DomainErrorCode =
  | AccessErrorCode
  | IdErrorCode
  | IdentityErrorCode
  | RubricErrorCode
  | AchievementErrorCode
  | ExpiryErrorCode
  | AwardErrorCode;
