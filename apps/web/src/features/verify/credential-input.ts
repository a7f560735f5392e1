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
