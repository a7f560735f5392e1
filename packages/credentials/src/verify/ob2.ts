import { compactVerify, decodeProtectedHeader, importSPKI } from 'jose';
import { identityMatches, normalizeIdentity } from '../builders/identity.js';
import { decodeVcJwt } from '../signing/jwt.js';
import { OB2_CONTEXT } from '../vocab.js';
import { fetchJson, FetchFailure, type DocumentFetcher } from './fetch.js';
import { check, finish, messageOf, type VerificationCheck, type VerificationReport } from './report.js';
import type { RecipientClaim } from './verifier.js';

type Doc = Record<string, unknown>;

const OB2_CONTEXTS = new Set([OB2_CONTEXT, 'https://openbadgespec.org/v2/context.json']);

/** True when a JSON document is an OB 2.0 object (its @context is the OB 2.0 context). */
export const isOb2 = (doc: Doc): boolean => [doc['@context']].flat().some((c) => typeof c === 'string' && OB2_CONTEXTS.has(c));

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : ((value as Doc | undefined)?.id as string | undefined);

export interface Ob2Options {
  fetcher?: DocumentFetcher;
  now: Date;
  recipient?: RecipientClaim;
}

async function linked(value: unknown, fetcher: DocumentFetcher | undefined): Promise<Doc> {
  if (value && typeof value === 'object' && Object.keys(value).length > 2) return value as Doc;
  return fetchJson(fetcher, String(idOf(value)));
}

/**
 * Verifies an OB 2.0 assertion: signed ones (compact JWS, RS256, key = issuer's `publicKey` CryptographicKey) or
 * hosted ones (the copy at the assertion's `id` is the truth; HTTP 410 means revoked). Revocation lists,
 * dates, origins and the recipient are checked as the OB 2.0 verification algorithm says.
 */
export async function verifyOb2(input: string | Doc, options: Ob2Options): Promise<VerificationReport> {
  const signed = typeof input === 'string';
  const format = signed ? 'ob2-signed' : 'ob2-hosted';
  const checks: VerificationCheck[] = [];
  let assertion: Doc = signed ? decodeVcJwt(input).claims : input;
  checks.push(isOb2(assertion) ? check('context', 'passed', OB2_CONTEXT) : check('context', 'failed', `@context must be ${OB2_CONTEXT}`));
  if (assertion.type !== 'Assertion' && ![assertion.type].flat().includes('Assertion')) {
    checks.push(check('type', 'failed', `type must be Assertion, got ${JSON.stringify(assertion.type ?? null)}`));
    return finish(format, checks, assertion);
  }
  checks.push(check('type', 'passed', 'Assertion'));

  let badge: Doc | undefined;
  let issuer: Doc | undefined;
  try {
    if (!signed) {
      const hosted = await options.fetcher?.(String(assertion.id)).catch(() => undefined);
      if (hosted?.status === 410) {
        checks.push(check('status', 'failed', `Revoked: the hosted assertion answers 410 Gone${(hosted.body as Doc | undefined)?.revocationReason ? ` (${String((hosted.body as Doc).revocationReason)})` : ''}`));
        return finish(format, checks, assertion);
      }
      if (hosted?.status === 200 && hosted.body && typeof hosted.body === 'object') assertion = hosted.body as Doc;
      else checks.push(check('signature', 'not-checked', `Could not fetch the hosted assertion ${String(assertion.id)}`));
    }
    badge = await linked(assertion.badge, options.fetcher);
    issuer = await linked(badge.issuer, options.fetcher);
  } catch (error) {
    checks.push(check('issuer-key', 'not-checked', `Could not load the badge class or issuer: ${messageOf(error)}`));
  }
  checks.push(checkOb2Structure(assertion, badge, issuer));

  if (signed) checks.push(...(await checkOb2Signature(input, assertion, issuer, options.fetcher)));
  else if (issuer && !checks.some((c) => c.id === 'signature')) checks.push(checkHostedOrigin(assertion, badge, issuer));

  checks.push(await checkOb2Revocation(assertion, issuer, options.fetcher));
  checks.push(checkOb2Dates(assertion, options.now));
  if (options.recipient) checks.push(checkOb2Recipient(assertion, options.recipient));
  return finish(format, checks, assertion);
}

function checkOb2Structure(assertion: Doc, badge: Doc | undefined, issuer: Doc | undefined): VerificationCheck {
  const missing = ['id', 'recipient', 'badge', 'verification', 'issuedOn'].filter((k) => assertion[k] === undefined);
  if (missing.length) return check('schema', 'failed', `Assertion is missing ${missing.join(', ')}`);
  if (badge && (badge.type !== 'BadgeClass' || !badge.name || !badge.criteria || !badge.issuer)) return check('schema', 'failed', 'The badge is not a valid BadgeClass');
  if (issuer && !['Issuer', 'Profile'].includes(String(issuer.type))) return check('schema', 'failed', `The issuer has type ${String(issuer.type)}, not Issuer/Profile`);
  return check('schema', badge && issuer ? 'passed' : 'not-checked', badge && issuer ? 'Assertion, BadgeClass and Issuer are well-formed' : 'Only the assertion could be checked');
}

async function checkOb2Signature(jws: string, assertion: Doc, issuer: Doc | undefined, fetcher: DocumentFetcher | undefined): Promise<VerificationCheck[]> {
  const { alg } = decodeProtectedHeader(jws);
  if (alg !== 'RS256') return [check('signature:0', 'failed', `OB 2.0 signed assertions use RS256, not ${String(alg)}`)];
  const creator = idOf((assertion.verification as Doc | undefined)?.creator) ?? idOf(issuer?.publicKey);
  if (!creator) return [check('signature:0', 'failed', 'No verification.creator key')];
  try {
    const key = await fetchJson(fetcher, creator);
    await compactVerify(jws, await importSPKI(String(key.publicKeyPem), 'RS256'), { algorithms: ['RS256'] });
    const owned = key.owner === issuer?.id;
    return [
      check('signature:0', 'passed', `RS256 signature by ${creator} is valid`),
      owned ? check('issuer-key:0', 'passed', `Key owned by ${String(issuer?.id)}`) : check('issuer-key:0', 'failed', `Key owner ${String(key.owner)} is not the issuer ${String(issuer?.id)}`),
    ];
  } catch (error) {
    if (error instanceof FetchFailure) return [check('signature:0', 'not-checked', `Could not fetch key: ${error.message}`)];
    return [check('signature:0', 'failed', `Signature invalid: ${messageOf(error)}`)];
  }
}

function checkHostedOrigin(assertion: Doc, badge: Doc | undefined, issuer: Doc): VerificationCheck {
  const origin = (url: unknown) => { try { return new URL(String(url)).origin; } catch { return undefined; } };
  const verification = (issuer.verification ?? {}) as Doc;
  const allowed = [verification.allowedOrigins].flat().filter(Boolean).map(String);
  const startsWith = [verification.startsWith].flat().filter(Boolean).map(String);
  const ok = (url: unknown) =>
    startsWith.length ? startsWith.some((p) => String(url).startsWith(p)) : [origin(issuer.id), ...allowed.map((a) => origin(`https://${a}`) ?? a)].includes(origin(url));
  const bad = [assertion.id, badge?.id].find((u) => u && !ok(u));
  return bad ? check('issuer-key', 'failed', `${String(bad)} is not hosted on an origin the issuer allows`) : check('issuer-key', 'passed', 'Hosted on the issuer origin');
}

async function checkOb2Revocation(assertion: Doc, issuer: Doc | undefined, fetcher: DocumentFetcher | undefined): Promise<VerificationCheck> {
  if (assertion.revoked === true) return check('status', 'failed', `Revoked${assertion.revocationReason ? `: ${String(assertion.revocationReason)}` : ''}`);
  if (!issuer?.revocationList) return check('status', 'passed', 'The issuer publishes no revocation list');
  try {
    const list = await fetchJson(fetcher, String(issuer.revocationList));
    const hit = [list.revokedAssertions].flat().find((r) => idOf(r) === assertion.id);
    return hit ? check('status', 'failed', `Revoked${(hit as Doc).revocationReason ? `: ${String((hit as Doc).revocationReason)}` : ''}`) : check('status', 'passed', 'Not in the revocation list');
  } catch (error) {
    return check('status', 'not-checked', `Could not check status: ${messageOf(error)}`);
  }
}

function checkOb2Dates(assertion: Doc, now: Date): VerificationCheck {
  const issued = Date.parse(String(assertion.issuedOn));
  const expires = assertion.expires === undefined ? undefined : Date.parse(String(assertion.expires));
  if (Number.isNaN(issued)) return check('validity', 'failed', 'issuedOn is not a date');
  if (issued > now.getTime()) return check('validity', 'failed', 'Not yet valid: issuedOn is in the future');
  if (expires !== undefined && (Number.isNaN(expires) || expires < issued)) return check('validity', 'failed', 'expires is before issuedOn');
  if (expires !== undefined && expires < now.getTime()) return check('validity', 'failed', `Expired on ${new Date(expires).toISOString()}`);
  return check('validity', 'passed', 'Within its validity window');
}

function checkOb2Recipient(assertion: Doc, claim: RecipientClaim): VerificationCheck {
  const recipient = (assertion.recipient ?? {}) as Doc;
  const identity = normalizeIdentity(claim.type === 'emailAddress' ? 'email' : claim.type, claim.identity);
  const ok = recipient.hashed
    ? identityMatches(identity, String(recipient.identity), String(recipient.salt ?? ''))
    : String(recipient.identity).toLowerCase() === identity.toLowerCase();
  return ok ? check('recipient', 'passed', 'The assertion was issued to this recipient') : check('recipient', 'failed', 'The assertion was not issued to this recipient');
}
