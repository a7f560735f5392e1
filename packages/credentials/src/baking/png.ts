import { unzlibSync } from 'fflate';
import { CredentialsError, CredentialsErrorCode } from '../errors.js';

/** iTXt keyword of OB 3.0 / CLR 2.0 baked PNGs, and of OB 2.0 ones. */
export const OB3_PNG_KEYWORD = 'openbadgecredential';
export const OB2_PNG_KEYWORD = 'openbadges';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Chunk {
  type: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG defines it, over chunk type + data. */
export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  let c = crc;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return c >>> 0;
}

const malformed = (message: string) => new CredentialsError(CredentialsErrorCode.MalformedPng, message);
const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
const asciiBytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Splits a PNG into chunks, checking the signature, every length and CRC, and that it ends with IEND. */
export function readPngChunks(png: Uint8Array): Chunk[] {
  if (png.length < 8 || SIGNATURE.some((b, i) => png[i] !== b)) throw malformed('Not a PNG file (bad signature)');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let offset = 8;
  while (offset < png.length) {
    if (offset + 12 > png.length) throw malformed(`Truncated PNG: incomplete chunk header at byte ${offset}`);
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > png.length) throw malformed(`Truncated PNG: chunk at byte ${offset} runs past the end of the file`);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = ascii(typeAndData.subarray(0, 4));
    if (!/^[A-Za-z]{4}$/.test(type)) throw malformed(`Invalid chunk type at byte ${offset}`);
    if (crc32(typeAndData) ^ 0xffffffff ^ view.getUint32(offset + 8 + length)) {
      throw malformed(`Chunk ${type} at byte ${offset} has a bad CRC`);
    }
    chunks.push({ type, data: typeAndData.subarray(4) });
    offset = end;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw malformed('PNG does not start with IHDR');
  if (chunks.at(-1)?.type !== 'IEND') throw malformed('Truncated PNG: no IEND chunk');
  return chunks;
}

export function writePngChunks(chunks: readonly Chunk[]): Uint8Array {
  const size = 8 + chunks.reduce((n, c) => n + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(SIGNATURE, 0);
  let offset = 8;
  for (const { type, data } of chunks) {
    view.setUint32(offset, data.length);
    out.set(asciiBytes(type), offset + 4);
    out.set(data, offset + 8);
    view.setUint32(offset + 8 + data.length, (crc32(out.subarray(offset + 4, offset + 8 + data.length)) ^ 0xffffffff) >>> 0);
    offset += 12 + data.length;
  }
  return out;
}

interface TextChunk {
  keyword: string;
  text: string;
}

function readTextChunk({ type, data }: Chunk): TextChunk | undefined {
  const nul = data.indexOf(0);
  if (nul < 1) return undefined;
  const keyword = ascii(data.subarray(0, nul));
  if (type === 'tEXt') return { keyword, text: ascii(data.subarray(nul + 1)) };
  if (type !== 'iTXt') return undefined;
  const compressed = data[nul + 1] === 1;
  const languageEnd = data.indexOf(0, nul + 3);
  const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
  if (translatedEnd < 0) throw malformed(`iTXt chunk ${keyword} is malformed`);
  let body = data.subarray(translatedEnd + 1);
  if (compressed) {
    try {
      body = unzlibSync(body);
    } catch {
      throw malformed(`iTXt chunk ${keyword} has corrupt compressed text`);
    }
  }
  return { keyword, text: new TextDecoder('utf-8', { fatal: false }).decode(body) };
}

function iTXtChunk(keyword: string, text: string): Chunk {
  const key = asciiBytes(keyword);
  const body = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, UTF-8 text.
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set(body, key.length + 5);
  return { type: 'iTXt', data };
}

/**
 * Bakes a credential (JSON text or compact JWS) into a PNG as exactly one uncompressed `iTXt` chunk with keyword
 * `openbadgecredential` (or `openbadges` for OB 2.0), placed after IHDR; any earlier baked chunk with that keyword
 * is removed, so re-baking replaces. All CRCs are recomputed.
 */
export function bakePng(png: Uint8Array, payload: string, keyword: string = OB3_PNG_KEYWORD): Uint8Array {
  const chunks = readPngChunks(png).filter((chunk) => readTextChunk(chunk)?.keyword !== keyword);
  return writePngChunks([chunks[0]!, iTXtChunk(keyword, payload), ...chunks.slice(1)]);
}

/** What was found baked in an image. */
export interface BakedPayload {
  /** `ob3` for `openbadgecredential` / OB 3.0 SVG, `ob2` for `openbadges` / OB 2.0 SVG. */
  format: 'ob3' | 'ob2';
  /** The JSON text, compact JWS, or (OB 2.0 legacy) hosted assertion URL. */
  payload: string;
}

/**
 * Extracts the baked credential from a PNG: the first `openbadgecredential` iTXt chunk, else the OB 2.0
 * `openbadges` one (iTXt or legacy tEXt URL). Throws `MALFORMED_PNG` for a damaged file and
 * `NO_BAKED_CREDENTIAL` when nothing (or only whitespace) is baked in.
 */
export function extractFromPng(png: Uint8Array): BakedPayload {
  const texts = readPngChunks(png).map(readTextChunk).filter((t): t is TextChunk => t !== undefined);
  for (const [keyword, format] of [[OB3_PNG_KEYWORD, 'ob3'], [OB2_PNG_KEYWORD, 'ob2']] as const) {
    const found = texts.find((t) => t.keyword === keyword);
    if (!found) continue;
    if (!found.text.trim()) throw new CredentialsError(CredentialsErrorCode.NoBakedCredential, `The ${keyword} chunk is empty`);
    return { format, payload: found.text.trim() };
  }
  throw new CredentialsError(CredentialsErrorCode.NoBakedCredential, 'The PNG has no baked credential');
}
