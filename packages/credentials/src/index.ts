// Public API of @openclr/credentials. Everything here runs in Node 20 and in browsers.
export { CredentialsError, CredentialsErrorCode } from './errors.js';
export * from './vocab.js';

export type * from './builders/types.js';
export {
  buildOpenBadgeCredential, buildAchievement, buildStatusEntry,
  type OpenBadgeCredential, type CredentialEnvelope, type Achievement, type Profile, type BitstringStatusListEntry,
} from './builders/ob3.js';
export { buildClrCredential, type ClrCredential, type ClrCredentialInput, type AssociationInput } from './builders/clr.js';
export { buildOb2HostedBadge, ob2RevokedAssertion, type Ob2HostedBadge, type Ob2HostedInput } from './builders/ob2.js';
export {
  hashIdentity, identityMatches, generateSalt, normalizeIdentity, buildIdentityObject,
  type IdentifierInput, type IdentityObject,
} from './builders/identity.js';

export { bundledContexts } from './contexts/index.js';
export {
  createDocumentLoader, didKeyDocument,
  type DocumentLoader, type DocumentLoaderOptions, type DidDocument, type VerificationMethod, type RemoteDocument,
} from './contexts/document-loader.js';

export {
  generateEd25519Key, generateDidKey, publicKey, didWeb, didWebUrl, buildDidWebDocument,
  type Ed25519KeyPair, type DidWebKey,
} from './keys/keys.js';
export {
  createDataIntegritySigner,
  type DataIntegritySigner, type DataIntegrityProofValue, type Signed, type SignOptions,
} from './signing/data-integrity.js';

export { validateSchema, schemaFor, type SchemaName, type SchemaValidationResult } from './schema/validate.js';

export {
  signVcJwt, decodeVcJwt, verifyJwsSignature, generateJwtKey, publicJwk, isCompactJws, ACCEPTED_JWT_ALGORITHMS,
  type JwtKeyPair, type VcJwtOptions, type DecodedVcJwt,
} from './signing/jwt.js';

export {
  StatusBitstring, buildStatusListCredential, MIN_STATUS_LIST_LENGTH,
  type StatusListCredentialInput, type BitstringStatusListCredential,
} from './status/bitstring.js';

export { bakePng, extractFromPng, readPngChunks, OB3_PNG_KEYWORD, OB2_PNG_KEYWORD, type BakedPayload } from './baking/png.js';
export { bakeSvg, bakeOb2Svg, extractFromSvg } from './baking/svg.js';

export { verifyCredential, type VerifyOptions, type RecipientClaim } from './verify/verifier.js';
export type { VerificationReport, VerificationCheck, CheckStatus } from './verify/report.js';
export type { DocumentFetcher, FetchedDocument } from './verify/fetch.js';
