import { CredentialsError, CredentialsErrorCode } from '../errors.js';
import { DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT } from '../vocab.js';
import { bundledContexts } from './index.js';

/** What jsonld and the Digital Bazaar libraries expect back from a document loader. */
export interface RemoteDocument {
  contextUrl: null;
  documentUrl: string;
  document: Record<string, unknown>;
}
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/** A verification method (public key) as it appears in a DID or controller document. */
export interface VerificationMethod {
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase?: string;
  publicKeyJwk?: Record<string, unknown>;
}

/** A DID document (did:web or did:key) as served by an issuer. */
export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  assertionMethod: string[];
  authentication?: string[];
  [key: string]: unknown;
}

export interface DocumentLoaderOptions {
  /** DID documents the caller trusts (e.g. this deployment's issuers, or ones fetched and cached by the server). */
  didDocuments?: readonly DidDocument[];
  /** Further documents by exact URL, e.g. a status list credential already fetched. */
  documents?: Readonly<Record<string, Record<string, unknown>>>;
}

const ED25519_MULTIBASE = /^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/;


const splitFragment = (url: string): [string, string | undefined] => {
  const hash = url.indexOf('#');
  return hash < 0 ? [url, undefined] : [url.slice(0, hash), url.slice(hash + 1)];
};

const multikey = (id: string, controller: string, publicKeyMultibase: string): VerificationMethod => ({
  id,
  type: 'Multikey',
  controller,
  publicKeyMultibase,
});

/** Resolves `did:key:z6Mk…` into its DID document; the fragment form `did:key:z…#z…` is the verification method id. */
export function didKeyDocument(did: string): DidDocument {
  const publicKeyMultibase = did.slice('did:key:'.length);
  if (!did.startsWith('did:key:') || !ED25519_MULTIBASE.test(publicKeyMultibase)) {
    throw new CredentialsError(CredentialsErrorCode.KeyNotFound, `Not an Ed25519 did:key: ${did}`);
  }
  const vmId = `${did}#${publicKeyMultibase}`;
  return {
    '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT],
    id: did,
    verificationMethod: [multikey(vmId, did, publicKeyMultibase)],
    assertionMethod: [vmId],
    authentication: [vmId],
  };
}

/**
 * Creates a JSON-LD document loader that serves only bundled contexts, did:key documents, the given DID documents
 * and documents, and self-certifying `<url>#z6Mk…` keys; every other URL is refused with `UNKNOWN_DOCUMENT`, so
 * nothing is ever fetched from the network.
 */
export function createDocumentLoader(options: DocumentLoaderOptions = {}): DocumentLoader {
  const dids = new Map((options.didDocuments ?? []).map((doc) => [doc.id, doc]));
  const documents = new Map(Object.entries(options.documents ?? {}));
  // A `<controller>#z6Mk…` key carries its own public key, as in 1EdTech's examples and validator; its controller
  // document is then implied. jsonld-signatures resolves the key before its controller, so remembering the keys
  // seen lets the controller document list exactly them.
  const selfCertified = new Map<string, Set<string>>();

  const resolve = (url: string): Record<string, unknown> | undefined => {
    const context = bundledContexts.get(url);
    if (context) return context;
    const known = documents.get(url);
    if (known) return structuredClone(known);
    const [base, fragment] = splitFragment(url);
    if (base.startsWith('did:key:')) {
      const doc = didKeyDocument(base);
      if (fragment === undefined) return doc;
      const vm = doc.verificationMethod.find((m) => m.id === url);
      return vm && { '@context': [MULTIKEY_V1_CONTEXT], ...vm };
    }
    const did = dids.get(base);
    if (did) {
      if (fragment === undefined) return did;
      const vm = did.verificationMethod.find((m) => m.id === url || m.id === `#${fragment}`);
      return vm && { '@context': [MULTIKEY_V1_CONTEXT], ...vm, id: url };
    }
    if (fragment !== undefined && ED25519_MULTIBASE.test(fragment)) {
      const seen = selfCertified.get(base) ?? new Set<string>();
      selfCertified.set(base, seen.add(url));
      return { '@context': [MULTIKEY_V1_CONTEXT], ...multikey(url, base, fragment) };
    }
    const implied = selfCertified.get(base);
    if (fragment === undefined && implied) {
      return { '@context': [DID_V1_CONTEXT, MULTIKEY_V1_CONTEXT], id: base, assertionMethod: [...implied] };
    }
    return undefined;
  };

  return async (url: string) => {
    const document = resolve(url);
    if (!document) {
      throw new CredentialsError(
        CredentialsErrorCode.UnknownDocument,
        `Refusing to load ${url}: not a bundled context or a known key (no network access by design)`,
      );
    }
    return { contextUrl: null, documentUrl: url, document };
  };
}
