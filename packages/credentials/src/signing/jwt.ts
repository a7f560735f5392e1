import { CompactSign, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, compactVerify, type JWK } from 'jose';
import { CredentialsError, CredentialsErrorCode } from '../errors.js';
import { decodeBase64url } from '../util/base64url.js';

/** An RSA key pair for VC-JWT as JWKs; publish only `publicJwk` (it never contains `d`). */
export interface JwtKeyPair {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** Algorithms our verifier accepts; RS256 is what we emit (the 1EdTech minimum), ES256/EdDSA come from others. */
export const ACCEPTED_JWT_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'] as const;

const PUBLIC_JWK_MEMBERS = ['kty', 'n', 'e', 'crv', 'x', 'y', 'kid', 'alg', 'use'] as const;

/** Returns only the public members of a JWK, so a private key can never leak into a header or DID document. */
export function publicJwk(jwk: JWK): JWK {
  return Object.fromEntries(PUBLIC_JWK_MEMBERS.filter((m) => jwk[m] !== undefined).map((m) => [m, jwk[m]])) as JWK;
}

/** Generates a 2048-bit RS256 key pair for VC-JWT signing; `kid` should be a URL or DID URL resolving to the public JWK. */
export async function generateJwtKey(kid: string): Promise<JwtKeyPair> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256' };
  return { kid, privateJwk, publicJwk: publicJwk(privateJwk) };
}

export interface VcJwtOptions {
  /** Put the public JWK in the header instead of `kid` (the spec allows exactly one of the two). */
  embedJwk?: boolean;
}

const secondsOf = (value: unknown): number | undefined =>
  typeof value === 'string' ? Math.floor(new Date(value).getTime() / 1000) : undefined;

/**
 * Signs a credential as a VC-JWT (compact JWS, RS256) whose payload is the credential itself plus the registered
 * claims `iss`, `jti`, `sub`, `nbf` and `exp` derived from it; the header has `alg`, `typ: JWT` and either `kid`
 * or a public `jwk`. Sign any embedded proof first: the JWT then covers it.
 */
export async function signVcJwt(credential: Record<string, unknown>, key: JwtKeyPair, options: VcJwtOptions = {}): Promise<string> {
  const issuer = credential.issuer;
  const iss = typeof issuer === 'string' ? issuer : (issuer as { id?: string } | undefined)?.id;
  const subject = credential.credentialSubject as { id?: string } | undefined;
  const payload = {
    ...credential,
    iss,
    jti: credential.id,
    sub: subject?.id,
    nbf: secondsOf(credential.validFrom ?? credential.issuanceDate),
    exp: secondsOf(credential.validUntil ?? credential.expirationDate),
  };
  const header = options.embedJwk
    ? { alg: 'RS256', typ: 'JWT', jwk: publicJwk(key.publicJwk) }
    : { alg: 'RS256', typ: 'JWT', kid: key.kid };
  try {
    const privateKey = await importJWK(key.privateJwk, 'RS256');
    return await new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader(header).sign(privateKey);
  } catch (error) {
    throw new CredentialsError(CredentialsErrorCode.SigningFailed, `Could not sign VC-JWT: ${(error as Error).message}`, undefined, { cause: error });
  }
}

export interface DecodedVcJwt {
  header: Record<string, unknown>;
  /** The JWT claims set as sent. */
  claims: Record<string, unknown>;
  /** The credential: the claims set itself (VC-DM 2.0 / OB 3.0) or its `vc` claim (VC 1.1-era JWTs). */
  credential: Record<string, unknown>;
}

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Returns true when the text looks like a compact JWS (three base64url segments). */
export const isCompactJws = (text: string): boolean => JWS.test(text.trim());

/** Decodes (without verifying) a VC-JWT; throws `MALFORMED_JWT` for anything that is not a JSON compact JWS. */
export function decodeVcJwt(jws: string): DecodedVcJwt {
  const token = jws.trim();
  if (!isCompactJws(token)) throw new CredentialsError(CredentialsErrorCode.MalformedJwt, 'Not a compact JWS');
  try {
    const header = decodeProtectedHeader(token) as Record<string, unknown>;
    const claims = JSON.parse(new TextDecoder().decode(decodeBase64url(token.split('.')[1]!))) as Record<string, unknown>;
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) throw new Error('claims are not an object');
    const credential = (claims.vc && typeof claims.vc === 'object' ? claims.vc : claims) as Record<string, unknown>;
    return { header, claims, credential };
  } catch (error) {
    if (error instanceof CredentialsError) throw error;
    throw new CredentialsError(CredentialsErrorCode.MalformedJwt, `Malformed JWT: ${(error as Error).message}`, undefined, { cause: error });
  }
}

/**
 * Verifies a compact JWS signature with the given public JWK, accepting only {@link ACCEPTED_JWT_ALGORITHMS};
 * `alg: none`, HS* and any other algorithm throw `UNSUPPORTED_ALGORITHM` before any key is used.
 */
export async function verifyJwsSignature(jws: string, jwk: JWK): Promise<void> {
  const { alg } = decodeProtectedHeader(jws.trim());
  if (!ACCEPTED_JWT_ALGORITHMS.includes(alg as (typeof ACCEPTED_JWT_ALGORITHMS)[number])) {
    throw new CredentialsError(CredentialsErrorCode.UnsupportedAlgorithm, `JWT algorithm ${String(alg)} is not accepted`);
  }
  if ('d' in jwk) throw new CredentialsError(CredentialsErrorCode.InvalidInput, 'A verification key must be public (it has "d")');
  const key = await importJWK(jwk, alg);
  await compactVerify(jws.trim(), key, { algorithms: [alg!] });
}
