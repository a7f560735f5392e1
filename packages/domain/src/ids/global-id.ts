import { DomainError } from '../errors/domain-error.js';
import { IdErrorCode } from '../errors/error-codes.js';
import { base64UrlDecodeAscii, base64UrlEncodeAscii } from './base64url.js';

declare const brand: unique symbol;

/** A UUID (lower-case, canonical 8-4-4-4-12 form) known to identify a `T`. */
export type Id<T extends string> = string & { readonly [brand]: T };

export type InstitutionId = Id<'Institution'>;
export type IssuerId = Id<'Issuer'>;
export type PersonId = Id<'Person'>;
export type ProgrammeId = Id<'Programme'>;
export type TermId = Id<'Term'>;
export type CohortId = Id<'Cohort'>;
export type ExperienceId = Id<'Experience'>;
export type SkillFrameworkId = Id<'SkillFramework'>;
export type SkillId = Id<'Skill'>;
export type AchievementId = Id<'Achievement'>;
export type RubricCriterionId = Id<'RubricCriterion'>;
export type EvidenceId = Id<'Evidence'>;
export type AssessmentId = Id<'Assessment'>;
export type AwardId = Id<'Award'>;
export type PathwayId = Id<'Pathway'>;
export type ShareId = Id<'Share'>;

/** The decoded form of a Relay global ID. */
export interface GlobalId<T extends string = string> {
  readonly type: T;
  readonly id: Id<T>;
}

export class IdError extends DomainError<IdErrorCode> {
  constructor(message: string) {
    super(IdErrorCode.INVALID_ID, message);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TYPE_NAME = /^[A-Z][A-Za-z0-9]{0,63}$/;
const MAX_GLOBAL_ID_LENGTH = 200;

/** True for a UUID in canonical textual form (any version, either case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Brands a UUID string as an `Id<T>`, lower-casing it; throws INVALID_ID for anything else. */
export function asId<T extends string>(type: T, value: string): Id<T> {
  if (!isUuid(value)) throw new IdError(`Not a valid ${type} id.`);
  return value.toLowerCase() as Id<T>;
}

/** The opaque Relay global ID of a node: base64url of `Type:uuid`. */
export function encodeGlobalId(type: string, uuid: string): string {
  if (!TYPE_NAME.test(type)) throw new RangeError(`encodeGlobalId: invalid type name "${type}"`);
  if (!isUuid(uuid)) throw new RangeError(`encodeGlobalId: "${uuid}" is not a UUID`);
  return base64UrlEncodeAscii(`${type}:${uuid.toLowerCase()}`);
}

/**
 * Decodes a Relay global ID. Throws `IdError` (INVALID_ID) when the string is not one of ours, holds no UUID,
 * or names another type than `expectedType`. The message never echoes the input back.
 */
export function decodeGlobalId<T extends string>(globalId: string, expectedType: T): GlobalId<T>;
export function decodeGlobalId(globalId: string): GlobalId;
export function decodeGlobalId(globalId: string, expectedType?: string): GlobalId {
  const what = expectedType ? `${expectedType} ID` : 'ID';
  if (typeof globalId !== 'string' || globalId.length === 0 || globalId.length > MAX_GLOBAL_ID_LENGTH) {
    throw new IdError(`Not a valid ${what}.`);
  }
  const decoded = base64UrlDecodeAscii(globalId);
  const separator = decoded?.indexOf(':') ?? -1;
  if (decoded === null || separator < 0) throw new IdError(`Not a valid ${what}.`);
  const type = decoded.slice(0, separator);
  const uuid = decoded.slice(separator + 1);
  if (!TYPE_NAME.test(type) || !UUID.test(uuid) || uuid !== uuid.toLowerCase()) {
    throw new IdError(`Not a valid ${what}.`);
  }
  if (expectedType !== undefined && type !== expectedType) {
    throw new IdError(`Expected a ${expectedType} ID but got a ${type} ID.`);
  }
  return { type, id: uuid as Id<string> };
}
