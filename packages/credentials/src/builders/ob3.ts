import { invalidInput } from '../errors.js';
import { dateTime, prune, required, uri } from '../util/json.js';
import {
  ACHIEVEMENT_TYPES, ALIGNMENT_TARGET_TYPES, JSON_SCHEMA_VALIDATOR_TYPE, OB3_CONTEXT, OB3_EXTENSIONS_CONTEXT,
  OB3_SCHEMA_URL, VC_V2_CONTEXT,
} from '../vocab.js';
import { buildIdentityObject, type IdentityObject } from './identity.js';
import { extensibleTerm } from './terms.js';
import type {
  AchievementInput, EvidenceInput, ImageInput, IssuerInput, OpenBadgeCredentialInput, RecipientInput, ResultInput,
  RubricInput, SkillAlignmentInput, StatusEntryInput,
} from './types.js';

type Field = readonly (string | number)[];

/** An OB 3.0 Profile as emitted (issuer, creator, parent organisation). */
export interface Profile {
  id: string;
  type: string[];
  name?: string;
  [key: string]: unknown;
}

export interface Achievement {
  id: string;
  type: string[];
  name: string;
  description: string;
  criteria: { id?: string; narrative?: string };
  [key: string]: unknown;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: string;
  statusListIndex: string;
  statusListCredential: string;
}

/** The VC Data Model 2.0 envelope shared by OB 3.0 and CLR 2.0 credentials as this package emits them. */
export interface CredentialEnvelope<Subject> {
  '@context': string[];
  id: string;
  type: string[];
  name: string;
  issuer: Profile;
  validFrom: string;
  validUntil?: string;
  credentialSubject: Subject & { id?: string; type: string[]; identifier?: IdentityObject[] };
  credentialSchema: { id: string; type: string }[];
  credentialStatus?: BitstringStatusListEntry;
  [key: string]: unknown;
}

/** An unsigned OB 3.0 `OpenBadgeCredential` (VC Data Model 2.0). */
export type OpenBadgeCredential = CredentialEnvelope<{
  achievement: Achievement;
  result?: Record<string, unknown>[];
  [key: string]: unknown;
}>;

const ABSOLUTE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Rubric parts get ids under the achievement so results can reference them unambiguously across achievements.
const childId = (parent: string, segment: string, key: string): string =>
  ABSOLUTE.test(key) ? key : `${parent}/${segment}/${encodeURIComponent(key)}`;

export function buildImage(image: ImageInput | undefined, field: Field): Record<string, unknown> | undefined {
  return image && { id: uri(image.url, [...field, 'url']), type: 'Image', caption: image.caption };
}

export function buildProfile(input: IssuerInput, field: Field): Profile {
  return prune({
    id: uri(input.id, [...field, 'id']),
    type: ['Profile'],
    name: required(input.name, [...field, 'name']),
    url: input.url && uri(input.url, [...field, 'url']),
    email: input.email,
    phone: input.phone,
    description: input.description,
    image: buildImage(input.image, [...field, 'image']),
    parentOrg: input.parentOrg && {
      id: uri(input.parentOrg.id, [...field, 'parentOrg', 'id']),
      type: ['Profile'],
      name: input.parentOrg.name,
      url: input.parentOrg.url,
    },
  });
}

export function buildAlignment(input: SkillAlignmentInput, field: Field): Record<string, unknown> {
  return {
    type: ['Alignment'],
    targetName: required(input.name, [...field, 'name']),
    targetUrl: uri(input.url, [...field, 'url']),
    targetCode: input.code,
    targetFramework: input.framework,
    targetDescription: input.description,
    targetType: input.targetType && extensibleTerm(input.targetType, ALIGNMENT_TARGET_TYPES, [...field, 'targetType']),
  };
}

function buildResultDescriptions(achievementId: string, rubric: RubricInput, field: Field): Record<string, unknown>[] {
  if (rubric.levels.length === 0) throw invalidInput([...field, 'levels'], 'a rubric needs at least one level');
  if (rubric.criteria.length === 0) throw invalidInput([...field, 'criteria'], 'a rubric needs at least one criterion');
  const levelIds = new Set(rubric.levels.map((l) => l.id));
  if (levelIds.size !== rubric.levels.length) throw invalidInput([...field, 'levels'], 'level ids must be unique');
  if (new Set(rubric.criteria.map((c) => c.id)).size !== rubric.criteria.length) {
    throw invalidInput([...field, 'criteria'], 'criterion ids must be unique');
  }
  if (rubric.requiredLevel !== undefined && !levelIds.has(rubric.requiredLevel)) {
    throw invalidInput([...field, 'requiredLevel'], `unknown level ${rubric.requiredLevel}`);
  }
  return rubric.criteria.map((criterion, c) => {
    const id = childId(achievementId, 'criteria', criterion.id);
    for (const key of Object.keys(criterion.levelDescriptions ?? {})) {
      if (!levelIds.has(key)) throw invalidInput([...field, 'criteria', c, 'levelDescriptions', key], 'unknown level');
    }
    return {
      id,
      type: ['ResultDescription'],
      name: required(criterion.name, [...field, 'criteria', c, 'name']),
      resultType: 'RubricCriterionLevel',
      alignment: criterion.alignments?.map((a, i) => buildAlignment(a, [...field, 'criteria', c, 'alignments', i])),
      requiredLevel: rubric.requiredLevel && childId(id, 'levels', rubric.requiredLevel),
      rubricCriterionLevel: rubric.levels.map((level, l) => ({
        id: childId(id, 'levels', level.id),
        type: ['RubricCriterionLevel'],
        name: required(level.name, [...field, 'levels', l, 'name']),
        description: criterion.levelDescriptions?.[level.id] ?? level.description,
        level: level.level,
        points: level.points,
      })),
    };
  });
}

/** Builds the OB 3.0 `Achievement` object, with its rubric as `resultDescription` + `rubricCriterionLevel`. */
export function buildAchievement(input: AchievementInput, field: Field = ['achievement']): Achievement {
  const id = uri(input.id, [...field, 'id']);
  return prune({
    id,
    type: ['Achievement'],
    name: required(input.name, [...field, 'name']),
    description: required(input.description, [...field, 'description']),
    criteria: {
      id: input.criteria.url && uri(input.criteria.url, [...field, 'criteria', 'url']),
      narrative: required(input.criteria.narrative, [...field, 'criteria', 'narrative']),
    },
    image: buildImage(input.image, [...field, 'image']),
    achievementType: input.achievementType && extensibleTerm(input.achievementType, ACHIEVEMENT_TYPES, [...field, 'achievementType']),
    alignment: input.alignments?.map((a, i) => buildAlignment(a, [...field, 'alignments', i])),
    resultDescription: input.rubric && buildResultDescriptions(id, input.rubric, [...field, 'rubric']),
    creator: input.creator && buildProfile(input.creator, [...field, 'creator']),
    tag: input.tags && [...input.tags],
    humanCode: input.humanCode,
    fieldOfStudy: input.fieldOfStudy,
    creditsAvailable: input.creditsAvailable,
    version: input.version,
    inLanguage: input.inLanguage,
  }) as Achievement;
}

function buildResults(achievement: AchievementInput, results: readonly ResultInput[], field: Field): Record<string, unknown>[] {
  const rubric = achievement.rubric;
  return results.map((result, i) => {
    if ('criterionId' in result) {
      const criterion = rubric?.criteria.find((c) => c.id === result.criterionId);
      if (!criterion) throw invalidInput([...field, i, 'criterionId'], `no rubric criterion ${result.criterionId}`);
      if (!rubric!.levels.some((l) => l.id === result.levelId)) throw invalidInput([...field, i, 'levelId'], `no rubric level ${result.levelId}`);
      const resultDescription = childId(achievement.id, 'criteria', criterion.id);
      return { type: ['Result'], resultDescription, achievedLevel: childId(resultDescription, 'levels', result.levelId) };
    }
    if (result.value === undefined && result.status === undefined) throw invalidInput([...field, i], 'a result needs a value or a status');
    return {
      type: ['Result'],
      resultDescription: result.resultDescriptionId && uri(result.resultDescriptionId, [...field, i, 'resultDescriptionId']),
      value: result.value,
      status: result.status,
    };
  });
}

function buildSubject(recipient: RecipientInput, field: Field): { id?: string; identifier?: IdentityObject[] } {
  const identifier = recipient.identifiers?.map((input, i) => buildIdentityObject(input, [...field, 'identifiers', i]));
  if (!recipient.id && !identifier?.length) throw invalidInput(field, 'an id or at least one identifier is required');
  return { id: recipient.id && uri(recipient.id, [...field, 'id']), identifier };
}

export function buildEvidence(input: EvidenceInput, field: Field): Record<string, unknown> {
  if (!input.url && !input.narrative && !input.name) throw invalidInput(field, 'evidence needs a url, a name or a narrative');
  return {
    id: input.url && uri(input.url, [...field, 'url']),
    type: ['Evidence'],
    name: input.name,
    description: input.description,
    narrative: input.narrative,
    genre: input.genre,
    audience: input.audience,
  };
}

/** Builds a `BitstringStatusListEntry` pointing at one bit of an issuer's status list credential. */
export function buildStatusEntry(input: StatusEntryInput, field: Field = ['status']): BitstringStatusListEntry {
  if (!Number.isInteger(input.statusListIndex) || input.statusListIndex < 0) {
    throw invalidInput([...field, 'statusListIndex'], 'must be a non-negative integer');
  }
  if (input.statusPurpose !== 'revocation' && input.statusPurpose !== 'suspension') {
    throw invalidInput([...field, 'statusPurpose'], 'must be revocation or suspension');
  }
  const list = uri(input.statusListCredential, [...field, 'statusListCredential']);
  return {
    id: `${list}#${input.statusListIndex}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: input.statusPurpose,
    statusListIndex: String(input.statusListIndex),
    statusListCredential: list,
  };
}

/**
 * Builds an unsigned OB 3.0 `OpenBadgeCredential` (VC Data Model 2.0) from plain input: arrays for every set,
 * no nulls or empty arrays, `ext:` for custom vocabulary terms, hashed recipient identifiers, the 1EdTech
 * `credentialSchema` and an optional `BitstringStatusListEntry`. Throws `INVALID_INPUT` naming the field on bad input.
 *
 * @example
 * const credential = buildOpenBadgeCredential({ id: 'urn:uuid:…', issuer, achievement, recipient: { identifiers: [{ type: 'emailAddress', value: 'ana@example.edu' }] }, validFrom: new Date() });
 */
export function buildOpenBadgeCredential(input: OpenBadgeCredentialInput): OpenBadgeCredential {
  const achievement = buildAchievement(input.achievement);
  const validFrom = dateTime(required(input.validFrom, ['validFrom']), ['validFrom']);
  const validUntil = input.validUntil && dateTime(input.validUntil, ['validUntil']);
  if (validUntil && validUntil <= validFrom) throw invalidInput(['validUntil'], 'must be after validFrom');
  return prune({
    '@context': [VC_V2_CONTEXT, OB3_CONTEXT, OB3_EXTENSIONS_CONTEXT],
    id: uri(input.id, ['id']),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.name ?? achievement.name,
    description: input.description,
    image: buildImage(input.image, ['image']),
    issuer: buildProfile(input.issuer, ['issuer']),
    validFrom,
    validUntil,
    awardedDate: input.awardedDate && dateTime(input.awardedDate, ['awardedDate']),
    credentialSubject: {
      ...buildSubject(input.recipient, ['recipient']),
      type: ['AchievementSubject'],
      achievement,
      result: input.results && buildResults(input.achievement, input.results, ['results']),
      narrative: input.narrative,
      activityStartDate: input.activityStartDate && dateTime(input.activityStartDate, ['activityStartDate']),
      activityEndDate: input.activityEndDate && dateTime(input.activityEndDate, ['activityEndDate']),
      creditsEarned: input.creditsEarned,
      term: input.term,
    },
    evidence: input.evidence?.map((e, i) => buildEvidence(e, ['evidence', i])),
    credentialSchema: [{ id: OB3_SCHEMA_URL, type: JSON_SCHEMA_VALIDATOR_TYPE }],
    credentialStatus: input.status && buildStatusEntry(input.status),
  }) as OpenBadgeCredential;
}
