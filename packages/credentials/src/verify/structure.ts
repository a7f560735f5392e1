import { bundledContexts } from '../contexts/index.js';
import { schemaFor, validateSchema } from '../schema/validate.js';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../vocab.js';
import { check, type VerificationCheck } from './report.js';

type Doc = Record<string, unknown>;
const CREDENTIAL_TYPES = ['OpenBadgeCredential', 'AchievementCredential', 'ClrCredential', 'EndorsementCredential'];

const values = (value: unknown): unknown[] => (value === undefined ? [] : [value].flat());
const types = (value: unknown): unknown[] => values((value as Doc | undefined)?.type);

/** True for VC Data Model 1.1 credentials (`issuanceDate`/`expirationDate`). */
export const isVc1 = (credential: Doc): boolean => values(credential['@context'])[0] === VC_V1_CONTEXT;

export function checkContext(credential: Doc): VerificationCheck {
  const contexts = values(credential['@context']);
  if (contexts[0] !== VC_V2_CONTEXT && contexts[0] !== VC_V1_CONTEXT) {
    return check('context', 'failed', `The first @context must be ${VC_V2_CONTEXT} (or ${VC_V1_CONTEXT}), got ${JSON.stringify(contexts[0] ?? null)}`);
  }
  const unknown = contexts.filter((c) => typeof c === 'string' && !bundledContexts.has(c));
  if (unknown.length) return check('context', 'failed', `Unknown @context ${unknown.join(', ')}: cannot be processed offline`);
  return check('context', 'passed', `@context ${contexts.length} entries, all known`);
}

export function checkType(credential: Doc): VerificationCheck {
  const t = types(credential);
  if (!t.includes('VerifiableCredential')) return check('type', 'failed', 'type must include VerifiableCredential');
  const kind = CREDENTIAL_TYPES.find((k) => t.includes(k));
  return kind ? check('type', 'passed', kind) : check('type', 'failed', `type must include one of ${CREDENTIAL_TYPES.join(', ')}; got ${t.join(', ')}`);
}

export function checkSchema(credential: Doc): VerificationCheck {
  const schema = schemaFor(credential);
  if (!schema) return check('schema', 'not-checked', 'No 1EdTech JSON Schema applies to this credential type');
  if (isVc1(credential)) {
    // The published 1EdTech schemas describe the VC-DM 2.0 form only; VC 1.1 credentials are checked structurally.
    return check('schema', 'warning', 'VC Data Model 1.1 credential: the 1EdTech JSON Schema (VC-DM 2.0) does not apply');
  }
  const { valid, errors } = validateSchema(credential, schema);
  return valid ? check('schema', 'passed', `Valid against ${schema}`) : check('schema', 'failed', `${schema}: ${errors.slice(0, 5).join('; ')}`);
}

// The 1EdTech validator also checks the `type` of nested objects, which the JSON Schemas leave open.
const NESTED_TYPES: [path: string, type: string][] = [
  ['issuer', 'Profile'],
  ['issuer.parentOrg', 'Profile'],
  ['issuer.otherIdentifier', 'IdentifierEntry'],
  ['credentialSubject', 'AchievementSubject|ClrSubject|EndorsementSubject'],
  ['credentialSubject.identifier', 'IdentityObject'],
  ['credentialSubject.achievement', 'Achievement'],
  ['credentialSubject.achievement.resultDescription', 'ResultDescription'],
  ['credentialSubject.achievement.creator', 'Profile'],
  ['credentialSubject.result', 'Result'],
  ['credentialSubject.source', 'Profile'],
  ['evidence', 'Evidence'],
];

function walk(node: unknown, path: string[]): unknown[] {
  if (path.length === 0) return values(node);
  return values(node).flatMap((n) => (n && typeof n === 'object' ? walk((n as Doc)[path[0]!], path.slice(1)) : []));
}

/** Checks the subject identifies the learner and that nested objects carry their OB 3.0 types. */
export function checkSubject(credential: Doc): VerificationCheck {
  if (typeof credential.issuer !== 'string' && !(credential.issuer && typeof credential.issuer === 'object' && (credential.issuer as Doc).id)) {
    return check('subject', 'failed', 'issuer (with an id) is required');
  }
  for (const [path, expected] of NESTED_TYPES) {
    for (const node of walk(credential, path.split('.'))) {
      if (!node || typeof node !== 'object') continue;
      const t = types(node);
      if (!expected.split('|').some((e) => t.includes(e))) return check('subject', 'failed', `${path} must have type ${expected}; got ${JSON.stringify((node as Doc).type ?? null)}`);
    }
  }
  const subject = credential.credentialSubject as Doc | undefined;
  if (!subject || typeof subject !== 'object') return check('subject', 'failed', 'credentialSubject is required');
  const isAchievementSubject = types(subject).includes('AchievementSubject');
  if (isAchievementSubject && !subject.id && values(subject.identifier).length === 0) {
    return check('subject', 'failed', 'credentialSubject needs an id or at least one identifier');
  }
  return check('subject', 'passed', subject.id ? `Subject ${String(subject.id)}` : 'Subject identified by identifier');
}

const instant = (value: unknown): number | undefined => (typeof value === 'string' ? Date.parse(value) : undefined);

/** Checks the validity window against `now`: not yet valid before validFrom/issuanceDate, expired after validUntil/expirationDate. */
export function checkValidity(credential: Doc, now: Date): VerificationCheck {
  const from = instant(credential.validFrom ?? credential.issuanceDate);
  const until = instant(credential.validUntil ?? credential.expirationDate);
  if (from !== undefined && Number.isNaN(from)) return check('validity', 'failed', 'validFrom is not a date');
  if (until !== undefined && Number.isNaN(until)) return check('validity', 'failed', 'validUntil is not a date');
  if (from !== undefined && from > now.getTime()) return check('validity', 'failed', `Not yet valid: valid from ${new Date(from).toISOString()}`);
  if (until !== undefined && until < now.getTime()) return check('validity', 'failed', `Expired on ${new Date(until).toISOString()}`);
  return check('validity', 'passed', until === undefined ? 'Valid, no expiry' : `Valid until ${new Date(until).toISOString()}`);
}
