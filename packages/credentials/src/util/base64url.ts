// Unpadded base64url (RFC 4648 §5) over bytes, without Buffer so it also runs in browsers.
import { base64url } from 'jose';

export const encodeBase64url = (bytes: Uint8Array): string => base64url.encode(bytes);
export const decodeBase64url = (text: string): Uint8Array => base64url.decode(text);
