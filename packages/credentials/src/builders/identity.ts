import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { invalidInput } from '../errors.js';
import { IDENTITY_TYPES, type IdentityType, type ExtensionTerm } from '../vocab.js';
import { extensibleTerm } from './terms.js';

/** Hashes an identity the way OB 2.0 and OB 3.0 both define it: `sha256$` + hex(SHA-256(identity + salt)). */
export function hashIdentity(identity: string, salt = ''): string {
  return `sha256$${bytesToHex(sha256(utf8ToBytes(identity + salt)))}`;
}

/** Returns true when `identity` hashed with `salt` equals `identityHash` (`sha256$` or `md5$`-less plain match). */
export function identityMatches(identity: string, identityHash: string, salt = ''): boolean {
  if (identityHash.toLowerCase().startsWith('sha256$')) {
    return hashIdentity(identity, salt) === `sha256$${identityHash.slice(7).toLowerCase()}`;
  }
  return identity === identityHash;
}

/** Generates a random hex salt (16 bytes) with the platform CSPRNG, available in Node 20 and browsers. */
export function generateSalt(): string {
  return bytesToHex(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** Case-folds and trims email addresses; other identifier kinds are only trimmed. */
export function normalizeIdentity(type: string, value: string): string {
  const trimmed = value.trim();
  return type === 'emailAddress' || type === 'email' ? trimmed.toLowerCase() : trimmed;
}

export interface IdentifierInput {
  /** `emailAddress`, `sisSourcedId`, …; unknown kinds are emitted as `ext:<kind>`. */
  type: IdentityType | ExtensionTerm | string;
  value: string;
  /** Defaults to true: OB 3.0 recommends hashing so credentials do not leak the learner's address. */
  hashed?: boolean;
  /** Salt for the hash; a random one is generated when omitted. */
  salt?: string;
}

/** An OB 3.0 `IdentityObject`: exactly these five properties (the schema forbids others). */
export interface IdentityObject {
  type: 'IdentityObject';
  identityType: string;
  hashed: boolean;
  identityHash: string;
  salt?: string;
}

/** Builds an OB 3.0 `IdentityObject`, hashing the normalised value with a salt unless `hashed` is false. */
export function buildIdentityObject(input: IdentifierInput, field: readonly (string | number)[] = ['identifier']): IdentityObject {
  if (!input.value?.trim()) throw invalidInput([...field, 'value'], 'is required');
  const identityType = extensibleTerm(input.type, IDENTITY_TYPES, [...field, 'type']);
  const value = normalizeIdentity(identityType, input.value);
  if (input.hashed === false) return { type: 'IdentityObject', identityType, hashed: false, identityHash: value };
  const salt = input.salt ?? generateSalt();
  return { type: 'IdentityObject', identityType, hashed: true, identityHash: hashIdentity(value, salt), salt };
}
