// URLs and closed vocabularies of VC-DM 2.0, Open Badges 3.0 and CLR 2.0 as this package emits them.

import { OB3_ACHIEVEMENT_TYPES } from '@openclr/domain';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const OB3_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json';
export const CLR2_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
export const DID_V1_CONTEXT = 'https://www.w3.org/ns/did/v1';
export const MULTIKEY_V1_CONTEXT = 'https://w3id.org/security/multikey/v1';

export const OB3_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';
export const CLR2_SCHEMA_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';
export const ENDORSEMENT_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json';
export const JSON_SCHEMA_VALIDATOR_TYPE = '1EdTechJsonSchemaValidator2019';

/** Namespaces of baked SVGs: OB 3.0 and OB 2.0 use different ones. */
export const OB3_SVG_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';
export const OB2_SVG_NAMESPACE = 'http://openbadges.org';

/** The OB 3.0 `AchievementType` values: the domain's list, the same one the database CHECK allows. */
export const ACHIEVEMENT_TYPES = OB3_ACHIEVEMENT_TYPES;
export const RESULT_TYPES = [
  'GradePointAverage', 'LetterGrade', 'Percent', 'PerformanceLevel', 'PredictedScore', 'RawScore', 'Result',
  'RubricCriterion', 'RubricCriterionLevel', 'RubricScore', 'ScaledScore', 'Status',
] as const;
export const RESULT_STATUSES = ['Completed', 'Enrolled', 'Failed', 'InProgress', 'OnHold', 'Provisional', 'Withdrew'] as const;
export const ALIGNMENT_TARGET_TYPES = [
  'ceasn:Competency', 'ceterms:Credential', 'CFItem', 'CFRubric', 'CFRubricCriterion', 'CFRubricCriterionLevel', 'CTDL',
] as const;
export const IDENTITY_TYPES = [
  'name', 'sourcedId', 'systemId', 'productId', 'userName', 'accountId', 'emailAddress', 'nationalIdentityNumber',
  'isbn', 'issn', 'lisSourcedId', 'oneRosterSourcedId', 'sisSourcedId', 'ltiContextId', 'ltiDeploymentId',
  'ltiToolId', 'ltiPlatformId', 'ltiUserId', 'identifier',
] as const;
export const ASSOCIATION_TYPES = [
  'exactMatchOf', 'isChildOf', 'isParentOf', 'isPartOf', 'isPeerOf', 'isRelatedTo', 'precedes', 'replacedBy',
] as const;

export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];
export type ResultType = (typeof RESULT_TYPES)[number];
export type ResultStatus = (typeof RESULT_STATUSES)[number];
export type AlignmentTargetType = (typeof ALIGNMENT_TARGET_TYPES)[number];
export type IdentityType = (typeof IDENTITY_TYPES)[number];
export type AssociationType = (typeof ASSOCIATION_TYPES)[number];
/** A custom value of an extensible OB 3.0 vocabulary; the spec requires the `ext:` prefix. */
export type ExtensionTerm = `ext:${string}`;
