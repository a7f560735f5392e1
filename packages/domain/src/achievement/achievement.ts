import { DomainError } from '../errors/domain-error.js';
import { AchievementErrorCode } from '../errors/error-codes.js';

/** OB 3.0 `AchievementType` enumeration values; `ext:`-prefixed values extend it. */
export const OB3_ACHIEVEMENT_TYPES = [
  'Achievement', 'ApprenticeshipCertificate', 'Assessment', 'Assignment', 'AssociateDegree', 'Award', 'Badge',
  'BachelorDegree', 'Certificate', 'CertificateOfCompletion', 'Certification', 'CommunityService', 'Competency',
  'Course', 'CoCurricular', 'Degree', 'Diploma', 'DoctoralDegree', 'Fieldwork', 'GeneralEducationDevelopment',
  'JourneymanCertificate', 'LearningProgram', 'License', 'Membership', 'ProfessionalDoctorate',
  'QualityAssuranceCredential', 'MasterCertificate', 'MasterDegree', 'MicroCredential', 'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;
export type Ob3AchievementType = (typeof OB3_ACHIEVEMENT_TYPES)[number];

/** Pattern for `ext:` extension values; shared with the database CHECK on `achievement.achievement_type`. */
export const EXT_ACHIEVEMENT_TYPE_PATTERN = '^ext:[A-Za-z][A-Za-z0-9_.-]{0,63}$';
const EXT_TYPE = new RegExp(EXT_ACHIEVEMENT_TYPE_PATTERN);
const OB3_TYPES: ReadonlySet<string> = new Set(OB3_ACHIEVEMENT_TYPES);

export function isAchievementType(value: string): boolean {
  return OB3_TYPES.has(value) || EXT_TYPE.test(value);
}

export const ACHIEVEMENT_STATUSES = ['draft', 'published', 'archived'] as const;
export type AchievementStatus = (typeof ACHIEVEMENT_STATUSES)[number];

export class AchievementError extends DomainError<AchievementErrorCode> {}

/** Throws INVALID_ACHIEVEMENT_TYPE unless `value` is an OB 3.0 type or an `ext:` extension. */
export function assertAchievementType(value: string, field: readonly string[] = ['achievementType']): void {
  if (isAchievementType(value)) return;
  const message = 'Choose an Open Badges 3.0 achievement type or an "ext:" extension.';
  throw new AchievementError(AchievementErrorCode.INVALID_ACHIEVEMENT_TYPE, message, [
    { code: AchievementErrorCode.INVALID_ACHIEVEMENT_TYPE, message, field },
  ]);
}

/**
 * draft → published → archived, and archived → published to bring one back. Nothing returns to draft: once
 * published, awards may reference the achievement, so its rubric is frozen (publish a new version instead).
 */
export function canChangeAchievementStatus(from: AchievementStatus, to: AchievementStatus): boolean {
  return (from === 'draft' && to === 'published') || (from === 'published' && to === 'archived') ||
    (from === 'archived' && to === 'published');
}

/** Only published achievements can be awarded or assessed. */
export function isAwardable(status: AchievementStatus): boolean {
  return status === 'published';
}
