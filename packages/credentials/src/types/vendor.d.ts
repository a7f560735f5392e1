// Minimal typings for the untyped Digital Bazaar libraries, covering only what this package calls.
declare module '@digitalbazaar/vc' {
  export function issue(options: Record<string, unknown>): Promise<Record<string, unknown>>;
  export function verifyCredential(options: Record<string, unknown>): Promise<{
    verified: boolean;
    error?: unknown;
    results?: { verified: boolean; error?: unknown; proof?: Record<string, unknown> }[];
    statusResult?: unknown;
  }>;
  export const defaultDocumentLoader: unknown;
}
declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: Record<string, unknown>);
  }
}
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: Record<string, unknown>;
}
declare module '@digitalbazaar/eddsa-2022-cryptosuite' {
  export const cryptosuite: Record<string, unknown>;
}
declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: Record<string, unknown>);
  }
}
declare module '@digitalbazaar/ed25519-multikey' {
  export interface Ed25519MultikeyKeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { id?: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): { id?: string; algorithm: string; verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
    export(options?: Record<string, unknown>): Promise<Record<string, unknown>>;
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyKeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519MultikeyKeyPair>;
  export function fromRaw(options: { publicKey: Uint8Array; secretKey?: Uint8Array; id?: string; controller?: string }): Promise<Ed25519MultikeyKeyPair>;
}
declare module 'jsonld' {
  const jsonld: {
    expand(input: unknown, options?: Record<string, unknown>): Promise<unknown[]>;
    compact(input: unknown, ctx: unknown, options?: Record<string, unknown>): Promise<Record<string, unknown>>;
    canonize(input: unknown, options?: Record<string, unknown>): Promise<string>;
  };
  export default jsonld;
}
declare module 'jsonld-signatures' {
  const jsigs: {
    verify(document: unknown, options: Record<string, unknown>): Promise<{
      verified: boolean;
      error?: { errors?: unknown[]; message?: string };
      results?: { verified: boolean; error?: { message?: string }; proof?: Record<string, unknown> }[];
    }>;
    sign(document: unknown, options: Record<string, unknown>): Promise<Record<string, unknown>>;
    purposes: { AssertionProofPurpose: new (options?: Record<string, unknown>) => unknown };
  };
  export default jsigs;
}
