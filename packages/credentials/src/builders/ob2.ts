import { invalidInput } from '../errors.js';
import { dateTime, prune, required, uri } from '../util/json.js';
import { OB2_CONTEXT } from '../vocab.js';
import { generateSalt, hashIdentity, normalizeIdentity } from './identity.js';
import type { AchievementInput, EvidenceInput, IssuerInput } from './types.js';

/** OB 2.0 hosted documents, each served at its own `id` URL. */
export interface Ob2HostedBadge {
  assertion: Record<string, unknown>;
  badgeClass: Record<string, unknown>;
  issuer: Record<string, unknown>;
}

export interface Ob2HostedInput {
  /** Hosted URL of the assertion (must share the issuer's origin for hosted verification). */
  assertionUrl: string;
  /** Hosted URL of the BadgeClass. */
  badgeClassUrl: string;
  /** Hosted URL of the issuer Profile. */
  issuerUrl: string;
  issuer: IssuerInput & { url: string; email: string };
  achievement: AchievementInput;
  /** OB 2.0 recipients are one identity: an email (case-folded), URL or telephone. */
  recipient: { type: 'email' | 'url' | 'telephone'; identity: string; hashed?: boolean; salt?: string };
  issuedOn: Date | string;
  expires?: Date | string;
  evidence?: readonly EvidenceInput[];
  narrative?: string;
  /** Image of the badge class (PNG or SVG URL or data URI). */
  image: string;
  revocationListUrl?: string;
}

/**
 * Builds the OB 2.0 hosted Assertion, BadgeClass and Issuer Profile for consumers that predate OB 3.0; the
 * recipient is hashed (`sha256$` + salt) unless `hashed` is false, and all three documents share one origin.
 */
export function buildOb2HostedBadge(input: Ob2HostedInput): Ob2HostedBadge {
  const urls = (['assertionUrl', 'badgeClassUrl', 'issuerUrl'] as const).map((key) => new URL(uri(input[key], [key])).origin);
  if (new Set(urls).size !== 1) throw invalidInput(['assertionUrl'], 'assertion, badge class and issuer must share one origin');
  const { recipient } = input;
  const identity = normalizeIdentity(recipient.type, required(recipient.identity, ['recipient', 'identity']));
  const hashed = recipient.hashed ?? true;
  const salt = hashed ? (recipient.salt ?? generateSalt()) : undefined;
  const issuer = prune({
    '@context': OB2_CONTEXT,
    id: input.issuerUrl,
    type: 'Issuer',
    name: required(input.issuer.name, ['issuer', 'name']),
    url: uri(required(input.issuer.url, ['issuer', 'url']), ['issuer', 'url']),
    email: required(input.issuer.email, ['issuer', 'email']),
    description: input.issuer.description,
    image: input.issuer.image?.url,
    telephone: input.issuer.phone,
    revocationList: input.revocationListUrl,
  });
  const badgeClass = prune({
    '@context': OB2_CONTEXT,
    id: input.badgeClassUrl,
    type: 'BadgeClass',
    name: required(input.achievement.name, ['achievement', 'name']),
    description: required(input.achievement.description, ['achievement', 'description']),
    image: uri(input.image, ['image']),
    criteria: { id: input.achievement.criteria.url, narrative: required(input.achievement.criteria.narrative, ['achievement', 'criteria', 'narrative']) },
    issuer: input.issuerUrl,
    alignment: input.achievement.alignments?.map((a) => ({
      targetName: a.name,
      targetUrl: a.url,
      targetDescription: a.description,
      targetFramework: a.framework,
      targetCode: a.code,
    })),
    tags: input.achievement.tags && [...input.achievement.tags],
  });
  const assertion = prune({
    '@context': OB2_CONTEXT,
    id: input.assertionUrl,
    type: 'Assertion',
    recipient: { type: recipient.type, hashed, salt, identity: hashed ? hashIdentity(identity, salt) : identity },
    badge: input.badgeClassUrl,
    verification: { type: 'hosted' },
    issuedOn: dateTime(input.issuedOn, ['issuedOn']),
    expires: input.expires && dateTime(input.expires, ['expires']),
    image: input.image,
    narrative: input.narrative,
    evidence: input.evidence?.map((e) => ({ id: e.url, name: e.name, description: e.description, narrative: e.narrative, genre: e.genre, audience: e.audience })),
  });
  return { assertion, badgeClass, issuer };
}

/** Returns the OB 2.0 body served at a revoked hosted assertion URL along with HTTP 410 Gone. */
export const ob2RevokedAssertion = (assertionUrl: string, reason?: string): Record<string, unknown> =>
  prune({ '@context': OB2_CONTEXT, id: assertionUrl, type: 'Assertion', revoked: true, revocationReason: reason });
