import { gunzipSync, gzipSync } from 'fflate';
import { CredentialsError, CredentialsErrorCode, invalidInput } from '../errors.js';
import { dateTime, prune, uri } from '../util/json.js';
import { decodeBase64url, encodeBase64url } from '../util/base64url.js';
import { VC_V2_CONTEXT } from '../vocab.js';
import type { StatusPurpose } from '../builders/types.js';

/** The W3C minimum list length (16 KiB of bits) that gives holders herd privacy. */
export const MIN_STATUS_LIST_LENGTH = 131_072;

const malformed = (message: string, cause?: unknown) =>
  new CredentialsError(CredentialsErrorCode.MalformedStatusList, message, ['encodedList'], { cause });

/**
 * A status list as bits, index 0 being the most significant bit of the first byte (W3C Bitstring Status List
 * §"Bitstring Encoding"). Instances are immutable: `set` returns a new list, so a caller can compare and persist.
 */
export class StatusBitstring {
  private constructor(private readonly bytes: Uint8Array) {}

  /** Creates an all-clear list of `length` bits (at least 131,072, a multiple of 8). */
  static create(length = MIN_STATUS_LIST_LENGTH): StatusBitstring {
    if (!Number.isInteger(length) || length < MIN_STATUS_LIST_LENGTH || length % 8 !== 0) {
      throw invalidInput(['length'], `a status list needs a multiple of 8 and at least ${MIN_STATUS_LIST_LENGTH} entries`);
    }
    return new StatusBitstring(new Uint8Array(length / 8));
  }

  /** Wraps raw bits (index 0 = most significant bit of byte 0), e.g. as stored by a server; copies them. */
  static fromBytes(bytes: Uint8Array): StatusBitstring {
    if (bytes.length * 8 < MIN_STATUS_LIST_LENGTH) throw malformed(`a status list holds at least ${MIN_STATUS_LIST_LENGTH} entries`);
    return new StatusBitstring(Uint8Array.from(bytes));
  }

  /** Decodes an `encodedList` (multibase `u` + base64url of the GZIP-compressed bits). */
  static decode(encodedList: string): StatusBitstring {
    // Early lists omitted the multibase prefix; both forms are in circulation.
    const text = encodedList.startsWith('u') ? encodedList.slice(1) : encodedList;
    let bytes: Uint8Array;
    try {
      bytes = gunzipSync(decodeBase64url(text));
    } catch (error) {
      throw malformed('encodedList is not base64url GZIP data', error);
    }
    if (bytes.length === 0) throw malformed('encodedList decodes to an empty list');
    return new StatusBitstring(bytes);
  }

  get length(): number {
    return this.bytes.length * 8;
  }

  /** Encodes the list as the `encodedList` value: `u` + base64url(GZIP(bits)). */
  encode(): string {
    // A fixed mtime keeps the encoding (and so the signed list credential) identical for identical lists.
    return `u${encodeBase64url(gzipSync(this.bytes, { level: 9, mtime: 0 }))}`;
  }

  get(index: number): boolean {
    this.check(index);
    return (this.bytes[index >> 3]! & (0x80 >> (index & 7))) !== 0;
  }

  /** Returns a list with exactly the bit at `index` set to `value`; the receiver is unchanged. */
  set(index: number, value: boolean): StatusBitstring {
    this.check(index);
    const bytes = this.bytes.slice();
    const mask = 0x80 >> (index & 7);
    bytes[index >> 3] = value ? bytes[index >> 3]! | mask : bytes[index >> 3]! & ~mask;
    return new StatusBitstring(bytes);
  }

  /** Indexes of all set bits, in order. */
  setIndexes(): number[] {
    const out: number[] = [];
    this.bytes.forEach((byte, i) => {
      for (let bit = 0; byte && bit < 8; bit++) if (byte & (0x80 >> bit)) out.push(i * 8 + bit);
    });
    return out;
  }

  private check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new CredentialsError(CredentialsErrorCode.InvalidInput, `status index ${index} is outside 0..${this.length - 1}`, ['statusListIndex']);
    }
  }
}

export interface StatusListCredentialInput {
  /** URL the list credential is served at; entries point at it with `statusListCredential`. */
  id: string;
  /** The issuer id; must be the issuer of the credentials that point at this list. */
  issuer: string;
  statusPurpose: StatusPurpose;
  list: StatusBitstring;
  validFrom: Date | string;
  /** Lists are cached by verifiers until then; omit for no expiry. */
  validUntil?: Date | string;
}

/** An unsigned W3C `BitstringStatusListCredential`. */
export interface BitstringStatusListCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: string;
  validFrom: string;
  validUntil?: string;
  credentialSubject: { id: string; type: 'BitstringStatusList'; statusPurpose: StatusPurpose; encodedList: string };
}

/**
 * Builds an unsigned `BitstringStatusListCredential` for one purpose (`revocation` or `suspension`); sign it
 * with the issuer's key like any credential and serve it at `id`.
 */
export function buildStatusListCredential(input: StatusListCredentialInput): BitstringStatusListCredential {
  if (input.list.length < MIN_STATUS_LIST_LENGTH) throw invalidInput(['list'], `needs at least ${MIN_STATUS_LIST_LENGTH} entries`);
  if (input.statusPurpose !== 'revocation' && input.statusPurpose !== 'suspension') {
    throw invalidInput(['statusPurpose'], 'must be revocation or suspension');
  }
  const id = uri(input.id, ['id']);
  return prune({
    '@context': [VC_V2_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: uri(input.issuer, ['issuer']),
    validFrom: dateTime(input.validFrom, ['validFrom']),
    validUntil: input.validUntil && dateTime(input.validUntil, ['validUntil']),
    credentialSubject: { id: `${id}#list`, type: 'BitstringStatusList' as const, statusPurpose: input.statusPurpose, encodedList: input.list.encode() },
  });
}
