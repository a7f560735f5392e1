import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { CredentialsError, CredentialsErrorCode } from '../errors.js';
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from '../vocab.js';
import type { DidDocument, VerificationMethod } from '../contexts/document-loader.js';

/** An Ed25519 key as a Multikey verification method; `secretKeyMultibase` is present only where signing happens. */
export interface Ed25519KeyPair {
  /** Verification method id, e.g. `did:key:z6Mk…#z6Mk…` or `did:web:example.edu:issuers:1#key-1`. */
  id: string;
  controller: string;
  publicKeyMultibase: string;
  secretKeyMultibase?: string;
}

/**
 * Generates a fresh Ed25519 key whose controller is the given DID or URL and whose id is `<controller>#<fragment>`
 * (the public key multibase when no fragment is given).
 */
export async function generateEd25519Key(controller: string, fragment?: string): Promise<Required<Ed25519KeyPair>> {
  const generated = await Ed25519Multikey.generate();
  const { publicKeyMultibase, secretKeyMultibase } = generated;
  return { id: `${controller}#${fragment ?? publicKeyMultibase}`, controller, publicKeyMultibase, secretKeyMultibase: secretKeyMultibase! };
}

/**
 * Generates a development issuer key as `did:key`, in the fragment form `did:key:z6Mk…#z6Mk…` that
 * `@digitalbazaar/vc` requires (the bare DID is not a verification method there).
 */
export async function generateDidKey(): Promise<Required<Ed25519KeyPair>> {
  const generated = await Ed25519Multikey.generate();
  const did = `did:key:${generated.publicKeyMultibase}`;
  return { id: `${did}#${generated.publicKeyMultibase}`, controller: did, publicKeyMultibase: generated.publicKeyMultibase, secretKeyMultibase: generated.secretKeyMultibase! };
}

/** Returns the public half of a key, safe to publish or hand to a verifier. */
export const publicKey = ({ id, controller, publicKeyMultibase }: Ed25519KeyPair): Ed25519KeyPair => ({
  id,
  controller,
  publicKeyMultibase,
});

/**
 * Converts a `did:web` DID to the HTTPS URL its document is served from (`did:web:example.edu` →
 * `https://example.edu/.well-known/did.json`, `did:web:example.edu:issuers:1` → `https://example.edu/issuers/1/did.json`).
 */
export function didWebUrl(did: string): string {
  if (!/^did:web:[^:]+(:[^:]+)*$/.test(did)) {
    throw new CredentialsError(CredentialsErrorCode.InvalidInput, `Not a did:web DID: ${did}`, ['did']);
  }
  const [host, ...path] = did.slice('did:web:'.length).split(':').map(decodeURIComponent);
  return path.length ? `https://${host}/${path.join('/')}/did.json` : `https://${host}/.well-known/did.json`;
}

/** Builds the `did:web` DID for a host and optional path (`example.edu`, `['issuers', '1']`). */
export const didWeb = (host: string, path: readonly string[] = []): string =>
  ['did:web', encodeURIComponent(host), ...path.map(encodeURIComponent)].join(':');

export interface DidWebKey {
  /** Fragment (`key-2025`) or absolute id under the DID. */
  id: string;
  publicKeyMultibase?: string;
  /** RSA/EC public JWK for VC-JWT; never include `d`. */
  publicKeyJwk?: Record<string, unknown>;
  /** Compromised keys are kept out of `assertionMethod`; retired keys stay listed so old credentials still verify. */
  compromised?: boolean;
}

/**
 * Builds the DID document of a `did:web` issuer: every key becomes a verification method with an absolute id, and
 * every key not marked compromised is listed in `assertionMethod`, which is what keeps credentials signed with
 * rotated-out keys verifiable.
 */
export function buildDidWebDocument(did: string, keys: readonly DidWebKey[]): DidDocument {
  didWebUrl(did);
  if (keys.length === 0) throw new CredentialsError(CredentialsErrorCode.InvalidInput, 'keys: at least one key is required', ['keys']);
  const verificationMethod: VerificationMethod[] = keys.map((key, i) => {
    const id = key.id.startsWith('did:') ? key.id : `${did}#${key.id.replace(/^#/, '')}`;
    if (!id.startsWith(`${did}#`)) {
      throw new CredentialsError(CredentialsErrorCode.InvalidInput, `keys.${i}.id: ${id} is not under ${did}`, ['keys', i, 'id']);
    }
    if (key.publicKeyJwk && 'd' in key.publicKeyJwk) {
      throw new CredentialsError(CredentialsErrorCode.InvalidInput, `keys.${i}.publicKeyJwk: contains a private key`, ['keys', i, 'publicKeyJwk']);
    }
    if (key.publicKeyMultibase) return { id, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase };
    if (key.publicKeyJwk) return { id, type: 'JsonWebKey', controller: did, publicKeyJwk: key.publicKeyJwk };
    throw new CredentialsError(CredentialsErrorCode.InvalidInput, `keys.${i}: publicKeyMultibase or publicKeyJwk is required`, ['keys', i]);
  });
  const usable = verificationMethod.filter((_, i) => !keys[i]!.compromised).map((vm) => vm.id);
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod,
    assertionMethod: usable,
    authentication: usable,
  };
}
