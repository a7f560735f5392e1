import { invalidInput } from '../errors.js';
import { dateTime, prune, required, uri } from '../util/json.js';
import {
  ASSOCIATION_TYPES, CLR2_CONTEXT, CLR2_SCHEMA_URL, JSON_SCHEMA_VALIDATOR_TYPE, OB3_CONTEXT, OB3_EXTENSIONS_CONTEXT,
  VC_V2_CONTEXT, type AssociationType,
} from '../vocab.js';
import { buildIdentityObject } from './identity.js';
import { buildImage, buildProfile, buildStatusEntry, type Achievement, type CredentialEnvelope } from './ob3.js';
import type { ImageInput, IssuerInput, RecipientInput, StatusEntryInput } from './types.js';

export interface AssociationInput {
  associationType: AssociationType;
  /** Achievement id the association starts from. */
  sourceId: string;
  /** Achievement id it points at. */
  targetId: string;
}

export interface ClrCredentialInput {
  id: string;
  issuer: IssuerInput;
  name: string;
  description?: string;
  image?: ImageInput;
  recipient: RecipientInput;
  /** The learner's selected, already signed OB 3.0 credentials (JSON form); each stays independently verifiable. */
  credentials: readonly Record<string, unknown>[];
  /** True when the record holds only some of the learner's achievements (a curated selection). */
  partial?: boolean;
  associations?: readonly AssociationInput[];
  validFrom: Date | string;
  validUntil?: Date | string;
  awardedDate?: Date | string;
  status?: StatusEntryInput;
}

/** An unsigned CLR 2.0 `ClrCredential`. */
export type ClrCredential = CredentialEnvelope<{
  verifiableCredential: Record<string, unknown>[];
  achievement?: Achievement[];
  association?: { type: 'Association'; associationType: AssociationType; sourceId: string; targetId: string }[];
}> & { partial?: boolean };

const achievementOf = (credential: Record<string, unknown>): Achievement | undefined =>
  (credential.credentialSubject as { achievement?: Achievement } | undefined)?.achievement;

/**
 * Builds an unsigned CLR 2.0 `ClrCredential` bundling the learner's signed credentials, listing their achievements
 * once each and the associations between them; every association must join two achievements of the record.
 */
export function buildClrCredential(input: ClrCredentialInput): ClrCredential {
  if (input.credentials.length === 0) throw invalidInput(['credentials'], 'a CLR needs at least one credential');
  const achievements = new Map<string, Achievement>();
  input.credentials.forEach((credential, i) => {
    if (!credential.proof) throw invalidInput(['credentials', i], 'nested credentials must be signed');
    const achievement = achievementOf(credential);
    if (!achievement?.id) throw invalidInput(['credentials', i, 'credentialSubject', 'achievement'], 'is required');
    achievements.set(achievement.id, achievement);
  });
  const association = input.associations?.map((a, i) => {
    if (!ASSOCIATION_TYPES.includes(a.associationType)) throw invalidInput(['associations', i, 'associationType'], `unknown type ${a.associationType}`);
    for (const end of ['sourceId', 'targetId'] as const) {
      if (!achievements.has(a[end])) throw invalidInput(['associations', i, end], `${a[end]} is not an achievement of this CLR`);
    }
    return { type: 'Association' as const, associationType: a.associationType, sourceId: a.sourceId, targetId: a.targetId };
  });
  const identifier = input.recipient.identifiers?.map((id, i) => buildIdentityObject(id, ['recipient', 'identifiers', i]));
  if (!input.recipient.id && !identifier?.length) throw invalidInput(['recipient'], 'an id or at least one identifier is required');
  return prune({
    '@context': [VC_V2_CONTEXT, CLR2_CONTEXT, OB3_CONTEXT, OB3_EXTENSIONS_CONTEXT],
    id: uri(input.id, ['id']),
    type: ['VerifiableCredential', 'ClrCredential'],
    name: required(input.name, ['name']),
    description: input.description,
    image: buildImage(input.image, ['image']),
    partial: input.partial,
    issuer: buildProfile(input.issuer, ['issuer']),
    validFrom: dateTime(input.validFrom, ['validFrom']),
    validUntil: input.validUntil && dateTime(input.validUntil, ['validUntil']),
    awardedDate: input.awardedDate && dateTime(input.awardedDate, ['awardedDate']),
    credentialSubject: {
      id: input.recipient.id && uri(input.recipient.id, ['recipient', 'id']),
      type: ['ClrSubject'],
      identifier,
      verifiableCredential: input.credentials.map((c) => structuredClone(c)),
      achievement: [...achievements.values()],
      association,
    },
    credentialSchema: [{ id: CLR2_SCHEMA_URL, type: JSON_SCHEMA_VALIDATOR_TYPE }],
    credentialStatus: input.status && buildStatusEntry(input.status),
  }) as ClrCredential;
}
