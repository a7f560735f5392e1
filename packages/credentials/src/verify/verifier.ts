import type { JWK } from 'jose';
import { extractFromPng } from '../baking/png.js';
import { extractFromSvg } from '../baking/svg.js';
import { identityMatches, normalizeIdentity } from '../builders/identity.js';
import { createDocumentLoader, type DidDocument, type DocumentLoader } from '../contexts/document-loader.js';
import { CredentialsError, CredentialsErrorCode } from '../errors.js';
import { decodeVcJwt, isCompactJws, publicJwk, verifyJwsSignature } from '../signing/jwt.js';
import type { DocumentFetcher } from './fetch.js';
import { isOb2, verifyOb2 } from './ob2.js';
import { checkProofs } from './proof.js';
import { check, finish, messageOf, type VerificationCheck, type VerificationReport } from './report.js';
import { checkStatus } from './status.js';
import { checkContext, checkSchema, checkSubject, checkType, checkValidity } from './structure.js';

type Doc = Record<string, unknown>;

/** An identity the person presenting the credential claims, e.g. `{ type: 'emailAddress', identity: 'ana@example.edu' }`. */
export interface RecipientClaim {
  type: string;
  identity: string;
}

export interface VerifyOptions {
  /** DID documents the verifier trusts (did:web issuers, including rotated-out keys). did:key needs none. */
  didDocuments?: readonly DidDocument[];
  /** Public JWKs for VC-JWT `kid`s that are not DID URLs (e.g. `https://issuer/keys/1` → JWK). */
  jwks?: Readonly<Record<string, JWK>>;
  /** Fetches status lists and OB 2.0 documents. Without one those checks report `not-checked`. */
  fetchDocument?: DocumentFetcher;
  /** Checks that the credential was issued to this identity. */
  recipient?: RecipientClaim;
  /** Clock for the validity window; defaults to now. */
  now?: Date;
}

interface Context extends Omit<VerifyOptions, 'now'> {
  now: Date;
  documentLoader: DocumentLoader;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/**
 * Verifies a credential in any form we accept: OB 3.0 / CLR 2.0 JSON (VC-DM 2.0 or 1.1), VC-JWT, a baked PNG
 * (bytes) or SVG (text), and OB 2.0 hosted or signed assertions. Never throws for bad input: every problem
 * becomes a failed check, and `valid` is true only when no check failed. Nothing is fetched except through
 * `fetchDocument`.
 *
 * @example
 * const report = await verifyCredential(pngBytes, { didDocuments: [issuerDid], fetchDocument });
 * if (!report.valid) console.log(report.checks.filter((c) => c.status === 'failed'));
 */
export async function verifyCredential(input: string | Uint8Array | Doc, options: VerifyOptions = {}): Promise<VerificationReport> {
  const context: Context = { ...options, now: options.now ?? new Date(), documentLoader: createDocumentLoader({ didDocuments: options.didDocuments }) };
  let format: VerificationReport['format'] = 'unknown';
  try {
    let payload: string | Doc = input as string | Doc;
    if (input instanceof Uint8Array) {
      if (PNG_SIGNATURE.every((b, i) => input[i] === b)) {
        format = 'png';
        payload = extractFromPng(input).payload;
      } else {
        payload = new TextDecoder().decode(input);
      }
    }
    if (typeof payload === 'string' && /^\s*(<\?xml|<!DOCTYPE|<svg)/i.test(payload)) {
      format = 'svg';
      payload = extractFromSvg(payload).payload;
    }
    return await verifyPayload(payload, format, context);
  } catch (error) {
    return finish(format, [check('format', 'failed', readableError(error))]);
  }
}

const readableError = (error: unknown): string =>
  error instanceof CredentialsError ? `${error.code}: ${error.message}` : `Unreadable input: ${messageOf(error)}`;

async function verifyPayload(payload: string | Doc, format: VerificationReport['format'], context: Context): Promise<VerificationReport> {
  if (typeof payload === 'string') {
    const text = payload.trim();
    if (isCompactJws(text)) {
      const { claims } = decodeVcJwt(text);
      if (isOb2(claims)) return verifyOb2(text, { fetcher: context.fetchDocument, now: context.now, recipient: context.recipient });
      return verifyJwt(text, format === 'unknown' ? 'jwt' : format, context);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CredentialsError(CredentialsErrorCode.MalformedCredential, 'Neither JSON nor a compact JWS');
    }
    payload = parsed as Doc;
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new CredentialsError(CredentialsErrorCode.MalformedCredential, 'The credential must be a JSON object');
  }
  if (isOb2(payload)) return verifyOb2(payload, { fetcher: context.fetchDocument, now: context.now, recipient: context.recipient });
  if (!payload['@context'] || !payload.type) {
    throw new CredentialsError(CredentialsErrorCode.MalformedCredential, 'Not a credential: @context and type are missing');
  }
  return verifyJson(payload, format === 'unknown' ? 'json' : format, context, await checkProofs(payload, context.documentLoader));
}

async function verifyJson(credential: Doc, format: VerificationReport['format'], context: Context, proofChecks: VerificationCheck[]): Promise<VerificationReport> {
  const contextCheck = checkContext(credential);
  // An unknown context makes every JSON-LD step meaningless; stop here with a clear reason.
  if (contextCheck.status === 'failed') return finish(format, [contextCheck], credential);
  const checks = [contextCheck, checkType(credential), checkSchema(credential), checkSubject(credential), ...proofChecks];
  checks.push(await checkStatus(credential, context.fetchDocument, context.documentLoader));
  checks.push(checkValidity(credential, context.now));
  if (context.recipient) checks.push(checkRecipient(credential, context.recipient));
  const nested: VerificationReport[] = [];
  const subject = (credential.credentialSubject ?? {}) as Doc;
  const inner = (subject.verifiableCredential === undefined ? [] : [subject.verifiableCredential].flat()) as unknown[];
  for (const [n, vc] of inner.entries()) {
    const report = await verifyEmbedded(vc, context);
    nested.push(report);
    checks.push(summary(`nested:${n}`, 'Nested credential', report));
  }
  const endorsements = [credential.endorsement, (credential.issuer as Doc | undefined)?.endorsement, (subject.achievement as Doc | undefined)?.endorsement]
    .flatMap((e) => (e === undefined ? [] : [e].flat()));
  for (const [n, endorsement] of endorsements.entries()) {
    const report = await verifyEmbedded(endorsement, context);
    nested.push(report);
    // An endorsement is a third party's claim about the issuer or achievement: if it does not verify it is
    // disregarded, which is worth a warning, but it cannot make the learner's own credential invalid.
    const line = summary(`endorsement:${n}`, 'Endorsement', report);
    checks.push(line.status === 'failed' ? { ...line, status: 'warning' } : line);
  }
  return finish(format, checks, credential, nested);
}

// Nested credentials are checked for what they claim on their own, without the outer recipient claim.
const verifyEmbedded = (value: unknown, context: Context): Promise<VerificationReport> =>
  verifyPayload(value as string | Doc, 'unknown', { ...context, recipient: undefined }).catch((error: unknown) =>
    finish('unknown', [check('format', 'failed', readableError(error))]));

function summary(id: string, label: string, report: VerificationReport): VerificationCheck {
  const name = String(report.credential?.name ?? report.credential?.id ?? '');
  const failed = report.checks.filter((c) => c.status === 'failed').map((c) => `${c.id}: ${c.message}`);
  return failed.length ? check(id, 'failed', `${label} ${name} is invalid (${failed.join('; ')})`) : check(id, 'passed', `${label} ${name} verified`);
}

function checkRecipient(credential: Doc, claim: RecipientClaim): VerificationCheck {
  const subject = (credential.credentialSubject ?? {}) as Doc;
  if (subject.id && subject.id === claim.identity) return check('recipient', 'passed', 'Issued to this subject id');
  const identity = normalizeIdentity(claim.type, claim.identity);
  const match = [subject.identifier].flat().some((raw) => {
    const id = raw as Doc | undefined;
    if (!id || (id.identityType !== claim.type && `ext:${claim.type}` !== id.identityType)) return false;
    return id.hashed ? identityMatches(identity, String(id.identityHash), String(id.salt ?? '')) : id.identityHash === identity;
  });
  return match ? check('recipient', 'passed', `Issued to this ${claim.type}`) : check('recipient', 'failed', `Not issued to this ${claim.type}`);
}

async function verifyJwt(jws: string, format: VerificationReport['format'], context: Context): Promise<VerificationReport> {
  const { header, claims, credential } = decodeVcJwt(jws);
  const signature = await checkJwtSignature(jws, header, credential, context);
  return verifyJson(credential, format, context, [...signature, checkJwtClaims(claims, credential)]);
}

async function checkJwtSignature(jws: string, header: Doc, credential: Doc, context: Context): Promise<VerificationCheck[]> {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : String((credential.issuer as Doc | undefined)?.id);
  let jwk: JWK | undefined;
  let binding: VerificationCheck;
  if (header.jwk && typeof header.jwk === 'object') {
    if ('d' in header.jwk) return [check('signature:jwt', 'failed', 'The JWT header carries a private key')];
    jwk = publicJwk(header.jwk as JWK);
    binding = check('issuer-key:jwt', 'warning', 'The key is embedded in the JWT header and not tied to the issuer by a DID document');
  } else if (typeof header.kid === 'string') {
    const kid = header.kid.startsWith('#') ? `${issuer}${header.kid}` : header.kid;
    const [controller] = kid.split('#');
    const method = context.didDocuments?.find((d) => d.id === controller)?.verificationMethod.find((m) => m.id === kid);
    jwk = (method?.publicKeyJwk as JWK | undefined) ?? context.jwks?.[kid];
    binding = method && controller === issuer
      ? check('issuer-key:jwt', 'passed', `Key ${kid} is listed in the issuer's DID document`)
      : method ? check('issuer-key:jwt', 'failed', `Key ${kid} belongs to ${controller}, not the issuer ${issuer}`)
        : check('issuer-key:jwt', 'warning', `Key ${kid} came from the verifier's key set, not the issuer's DID document`);
    if (!jwk) return [check('signature:jwt', 'failed', `Unknown key ${kid}`)];
  } else {
    return [check('signature:jwt', 'failed', 'The JWT header has neither kid nor jwk')];
  }
  try {
    await verifyJwsSignature(jws, jwk);
    return [check('signature:jwt', 'passed', `${String(header.alg)} signature is valid`), binding];
  } catch (error) {
    const reason = error instanceof CredentialsError ? `${error.code}: ${error.message}` : messageOf(error);
    return [check('signature:jwt', 'failed', `JWT signature rejected: ${reason}`)];
  }
}

function checkJwtClaims(claims: Doc, credential: Doc): VerificationCheck {
  const issuer = typeof credential.issuer === 'string' ? credential.issuer : (credential.issuer as Doc | undefined)?.id;
  const subject = (credential.credentialSubject as Doc | undefined)?.id;
  const mismatches = [
    claims.iss !== undefined && claims.iss !== issuer && `iss ${String(claims.iss)} ≠ issuer ${String(issuer)}`,
    claims.jti !== undefined && credential.id !== undefined && claims.jti !== credential.id && `jti ≠ id`,
    claims.sub !== undefined && subject !== undefined && claims.sub !== subject && `sub ≠ credentialSubject.id`,
  ].filter(Boolean);
  return mismatches.length ? check('jwt-claims', 'failed', mismatches.join('; ')) : check('jwt-claims', 'passed', 'iss, jti and sub match the credential');
}
