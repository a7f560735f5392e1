/** The forms a credential can arrive in on the verify page. */
export type CredentialKind = 'json' | 'jwt' | 'png' | 'svg';

export const KIND_LABEL: Record<CredentialKind, string> = {
  json: 'JSON credential',
  jwt: 'VC-JWT',
  png: 'Baked PNG badge',
  svg: 'Baked SVG badge',
};

/** What the file picker offers; the content decides in the end. */
export const ACCEPTED_FILES = '.json,.jsonld,.jws,.jwt,.png,.svg,application/json,application/ld+json,image/png,image/svg+xml,text/plain';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

/** Pasted or uploaded text: JSON, SVG or a compact JWS; null when it looks like none of them. */
export function detectTextKind(text: string): Exclude<CredentialKind, 'png'> | null {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('{')) return 'json';
  if (t.startsWith('<') && /<svg[\s>]/i.test(t)) return 'svg';
  if (JWS.test(t)) return 'jwt';
  return null;
}

const BY_EXTENSION: Record<string, CredentialKind> = { json: 'json', jsonld: 'json', jws: 'jwt', jwt: 'jwt', png: 'png', svg: 'svg' };

/**
 * The kind of an uploaded file: the PNG signature wins; otherwise the text's shape; otherwise its extension (so a
 * broken `.png` is still sent as a PNG and the verifier says what is wrong with it).
 */
export function detectFileKind(fileName: string, head: Uint8Array, text: () => string): CredentialKind | null {
  if (PNG_SIGNATURE.every((b, i) => head[i] === b)) return 'png';
  const byExtension = BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''] ?? null;
  if (byExtension === 'png') return 'png';
  return detectTextKind(text()) ?? byExtension;
}

/** Standard base64 of bytes, in chunks (no call-stack blowup on large images). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface VerifyInputFields {
  document?: string;
  pngBase64?: string;
  recipientEmail?: string;
}

/** The `verifyCredential` input: a PNG goes as base64, everything else as text. */
export function verifyInput(
  source: { kind: 'png'; bytes: Uint8Array } | { kind: Exclude<CredentialKind, 'png'> | null; text: string },
  recipientEmail: string,
): VerifyInputFields {
  const email = recipientEmail.trim();
  const base = source.kind === 'png' ? { pngBase64: bytesToBase64(source.bytes) } : { document: source.text.trim() };
  return email ? { ...base, recipientEmail: email } : base;
}

/**
 * The largest request the server accepts on /graphql (`GRAPHQL_BODY_LIMIT`, 8 MB). A PNG is sent as base64, a third
 * larger than the file, so about 6 MB of image fit.
 */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

/** Room for the query text and the other fields around the credential. */
const REQUEST_OVERHEAD_BYTES = 4 * 1024;

/** Problems the page finds in an input on its own, before sending it. */
export type InputProblem = 'EMPTY_FILE' | 'UNSUPPORTED_FILE' | 'INVALID_JSON' | 'TOO_LARGE';

/** Whether text that looks like JSON (starts with `{`) really parses. */
export function isValidJson(text: string): boolean {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

/** The size in bytes of the request that would carry this input, as the server counts it. */
export function requestBytes(input: VerifyInputFields): number {
  return new TextEncoder().encode(JSON.stringify({ input })).length + REQUEST_OVERHEAD_BYTES;
}

/** Whether a file of this many bytes can never fit in a request, whatever its kind (checked before reading it). */
export function fileTooLarge(size: number): boolean {
  return size + REQUEST_OVERHEAD_BYTES > MAX_REQUEST_BYTES;
}

/** What is wrong with pasted text, if anything: only JSON that does not parse is caught here. */
export function pastedProblem(text: string): InputProblem | null {
  if (!text.trim()) return null;
  return detectTextKind(text) === 'json' && !isValidJson(text.trim()) ? 'INVALID_JSON' : null;
}

/** What is wrong with a chosen file, if anything, once read and its kind detected. */
export function chosenFileProblem(file: { kind: CredentialKind | null; bytes: Uint8Array; text: string }): InputProblem | null {
  if (file.bytes.length === 0 || (file.kind !== 'png' && !file.text.trim())) return 'EMPTY_FILE';
  if (file.kind == null) return 'UNSUPPORTED_FILE';
  if (file.kind === 'json' && !isValidJson(file.text.trim())) return 'INVALID_JSON';
  return null;
}
