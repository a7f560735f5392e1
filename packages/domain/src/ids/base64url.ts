const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Map([...ALPHABET].map((char, i) => [char, i]));

/**
 * base64url (RFC 4648 §5, no padding) of an ASCII string. Global IDs only ever hold ASCII, and doing it by hand
 * keeps the domain free of `Buffer` (Node) and `btoa` (browser) differences.
 */
export function base64UrlEncodeAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
    const c = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
    if (a > 0x7f || b > 0x7f || c > 0x7f) throw new RangeError('base64UrlEncodeAscii: non-ASCII input');
    const n = (a << 16) | ((b < 0 ? 0 : b) << 8) | (c < 0 ? 0 : c);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    if (b >= 0) out += ALPHABET[(n >> 6) & 63]!;
    if (c >= 0) out += ALPHABET[n & 63]!;
  }
  return out;
}

/** Decodes unpadded base64url to an ASCII string, or returns null for anything that is not exactly that. */
export function base64UrlDecodeAscii(encoded: string): string | null {
  if (encoded.length % 4 === 1) return null;
  let out = '';
  for (let i = 0; i < encoded.length; i += 4) {
    const chunk = encoded.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const char = chunk[j];
      const value = char === undefined ? 0 : INDEX.get(char);
      if (value === undefined) return null;
      n = (n << 6) | value;
    }
    const bytes = [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff].slice(0, chunk.length - 1);
    for (const byte of bytes) {
      if (byte > 0x7f) return null;
      out += String.fromCharCode(byte);
    }
  }
  // Reject non-canonical encodings (stray low bits) so that one node has exactly one ID string.
  return base64UrlEncodeAscii(out) === encoded ? out : null;
}
