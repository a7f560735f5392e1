import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import { escapeXml, graphemes, stripInvalidXmlChars } from './text.js';

/** What a badge image shows. Every string is plain text; escaping happens here. */
export interface BadgeImageInput {
  name: string;
  skillCode?: string | null;
  issuerName: string;
  /** CSS hex colour (`#1d4e89`); anything else falls back to the default navy. */
  colour?: string;
}

const SIZE = 512;
const DEFAULT_COLOUR = '#1d4e89';
// Bundled faces first so the PNG looks the same on every machine; generic names last for browsers.
const FONT_STACK = "'Noto Sans', 'Noto Sans S Chinese', 'Noto Emoji', 'DejaVu Sans', sans-serif";

/**
 * Renders the default image of an achievement as a self-contained 512×512 SVG medallion.
 * The SVG has `<title>`/`<desc>` for screen readers, no scripts and no external references,
 * and stays well-formed XML whatever the input text holds.
 */
export function renderBadgeSvg(input: BadgeImageInput): string {
  const colour = safeColour(input.colour);
  const dark = shade(colour, -0.35);
  const light = shade(colour, 0.85);
  const name = clean(input.name) || 'Achievement';
  const issuer = clean(input.issuerName);
  const code = clean(input.skillCode ?? '');

  const { lines, fontSize } = layoutName(name);
  const lineHeight = Math.round(fontSize * 1.18);
  const firstBaseline = 250 - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
  const nameText = lines
    .map((line, i) => `<tspan x="256" y="${Math.round(firstBaseline + i * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');

  const issuerLine = truncate(issuer, 30);
  const issuerSize = issuerLine.width > 22 ? 17 : 20;
  const codeLine = truncate(code, 14);

  const title = escapeXml(name);
  const desc = escapeXml(
    `Badge for ${name}${code ? ` (${code})` : ''}${issuer ? `, issued by ${issuer}` : ''}.`,
  );

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="badge-title badge-desc">`,
    `<title id="badge-title">${title}</title>`,
    `<desc id="badge-desc">${desc}</desc>`,
    `<defs>`,
    `<linearGradient id="badge-rim" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour}"/><stop offset="1" stop-color="${dark}"/></linearGradient>`,
    `<radialGradient id="badge-face" cx="0.5" cy="0.38" r="0.7"><stop offset="0" stop-color="#ffffff"/><stop offset="1" stop-color="${light}"/></radialGradient>`,
    `</defs>`,
    // Rim with a notched (rosette) edge, then a thin gold ring and the face.
    `<path d="${rosette(256, 256, 250, 236, 36)}" fill="url(#badge-rim)"/>`,
    `<circle cx="256" cy="256" r="212" fill="none" stroke="#d4a72c" stroke-width="6"/>`,
    `<circle cx="256" cy="256" r="204" fill="url(#badge-face)"/>`,
    `<circle cx="256" cy="256" r="190" fill="none" stroke="${colour}" stroke-opacity="0.35" stroke-width="2" stroke-dasharray="2 6"/>`,
    // Star crest.
    `<path d="${star(256, 118, 30, 13)}" fill="#d4a72c" stroke="${dark}" stroke-width="2" stroke-linejoin="round"/>`,
    `<g font-family="${FONT_STACK}" text-anchor="middle">`,
    `<text fill="${dark}" font-size="${fontSize}" font-weight="700">${nameText}</text>`,
    codeLine.text
      ? `<rect x="${256 - ribbonWidth(codeLine.width) / 2}" y="330" width="${ribbonWidth(codeLine.width)}" height="38" rx="19" fill="${colour}"/>` +
        `<text x="256" y="356" fill="#ffffff" font-size="20" font-weight="700" letter-spacing="1">${escapeXml(codeLine.text)}</text>`
      : '',
    issuerLine.text
      ? `<text x="256" y="${codeLine.text ? 404 : 384}" fill="${dark}" font-size="${issuerSize}" font-weight="400">${escapeXml(issuerLine.text)}</text>`
      : '',
    `</g>`,
    `</svg>`,
  ].join('');
}

/**
 * Rasterises a badge SVG (as made by {@link renderBadgeSvg}) to PNG bytes at its own size, using
 * fonts bundled in npm packages only, so the result does not depend on the fonts of the machine.
 */
export async function renderBadgePng(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: bundledFontFiles(), defaultFontFamily: 'Noto Sans' },
    background: 'rgba(0,0,0,0)',
  });
  return new Uint8Array(image.asPng());
}

function clean(value: string): string {
  return stripInvalidXmlChars(value).replace(/\s+/g, ' ').trim();
}

function safeColour(colour: string | undefined): string {
  return colour && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour) ? expandHex(colour) : DEFAULT_COLOUR;
}

function expandHex(hex: string): string {
  const h = hex.slice(1).toLowerCase();
  return h.length === 3 ? `#${[...h].map((c) => c + c).join('')}` : `#${h}`;
}

/** Mixes a #rrggbb colour towards black (amount < 0) or white (amount > 0). */
function shade(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const target = amount < 0 ? 0 : 255;
  const a = Math.abs(amount);
  return `#${channels.map((c) => Math.round(c + (target - c) * a).toString(16).padStart(2, '0')).join('')}`;
}

/** Approximate advance of a grapheme in "narrow" units: wide scripts and emoji take two. */
function graphemeWidth(g: string): number {
  const cp = g.codePointAt(0) ?? 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  if (wide) return 2;
  if (/[A-Z@%WMmw]/.test(g)) return 1.25;
  if (/[iljtf.,'’ |!]/.test(g)) return 0.6;
  return 1;
}

function widthOf(text: string): number {
  return graphemes(text).reduce((sum, g) => sum + graphemeWidth(g), 0);
}

function truncate(text: string, maxWidth: number): { text: string; width: number } {
  if (widthOf(text) <= maxWidth) return { text, width: widthOf(text) };
  let out = '';
  let width = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (width + w > maxWidth - 1) break;
    out += g;
    width += w;
  }
  return { text: `${out.trimEnd()}…`, width: width + 1 };
}

/** Wraps the name onto at most three lines inside the face, shrinking the type for long names. */
function layoutName(name: string): { lines: string[]; fontSize: number } {
  for (const [fontSize, maxWidth] of [
    [44, 13],
    [36, 16],
    [30, 19],
    [26, 22],
  ] as const) {
    const lines = wrap(name, maxWidth);
    if (lines.length <= (fontSize >= 40 ? 2 : 3)) return { lines, fontSize };
  }
  const lines = wrap(name, 22);
  const kept = lines.slice(0, 3);
  kept[2] = truncate(`${kept[2]} ${lines.slice(3).join(' ')}`, 22).text;
  return { lines: kept, fontSize: 26 };
}

function wrap(text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let current = '';
  // Spaces separate words in most scripts; CJK has none, so any grapheme may break there.
  for (const token of text.match(/\S+\s*/g) ?? []) {
    const word = token.trimEnd();
    const candidate = current ? `${current} ${word}` : word;
    if (widthOf(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = '';
    for (const g of graphemes(word)) {
      if (widthOf(current + g) > maxWidth && current) {
        lines.push(current);
        current = '';
      }
      current += g;
    }
  }
  if (current) lines.push(current);
  return lines;
}

function ribbonWidth(textWidth: number): number {
  return Math.max(120, Math.round(textWidth * 13 + 48));
}

function rosette(cx: number, cy: number, outer: number, inner: number, points: number): string {
  const step = Math.PI / points;
  const parts: string[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = i * step - Math.PI / 2;
    parts.push(`${(cx + r * Math.cos(a)).toFixed(1)} ${(cy + r * Math.sin(a)).toFixed(1)}`);
  }
  return `M${parts.join('L')}Z`;
}

function star(cx: number, cy: number, outer: number, inner: number): string {
  return rosette(cx, cy, outer, inner, 5);
}

let fontFiles: string[] | undefined;

function bundledFontFiles(): string[] {
  if (fontFiles) return fontFiles;
  const latin = join(dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts');
  const hans = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  fontFiles = [
    join(latin, 'NotoSans-Regular.ttf'),
    join(latin, 'NotoSans-Bold.ttf'),
    join(hans, 'NotoSansHans-Regular.otf'),
    join(hans, 'NotoSansHans-Bold.otf'),
    ...emojiFontFiles(),
  ];
  return fontFiles;
}

/**
 * resvg reads TrueType/OpenType only, while the monochrome Noto Emoji comes from npm as WOFF
 * subsets; unpack them once per process into the temp directory.
 */
function emojiFontFiles(): string[] {
  const files = join(dirname(require.resolve('@fontsource/noto-emoji/package.json')), 'files');
  const out = join(tmpdir(), 'openclr-fonts', 'noto-emoji-5.3.2');
  mkdirSync(out, { recursive: true });
  return readdirSync(files)
    .filter((f) => /-400-normal\.woff$/.test(f))
    .map((f) => {
      const target = join(out, f.replace(/\.woff$/, '.ttf'));
      if (!existsSync(target)) writeFileSync(target, woffToSfnt(readFileSync(join(files, f))));
      return target;
    });
}

/** Decodes WOFF 1.0 (zlib-compressed tables) back to the sfnt it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const o = 44 + i * 20;
    return {
      tag: woff.readUInt32BE(o),
      offset: woff.readUInt32BE(o + 4),
      compLength: woff.readUInt32BE(o + 8),
      origLength: woff.readUInt32BE(o + 12),
      checksum: woff.readUInt32BE(o + 16),
    };
  });
  const data = tables.map((t) => {
    const raw = woff.subarray(t.offset, t.offset + t.compLength);
    return t.compLength < t.origLength ? inflateSync(raw) : raw;
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const chunks: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((t, i) => {
    const o = 12 + i * 16;
    header.writeUInt32BE(t.tag, o);
    header.writeUInt32BE(t.checksum, o + 4);
    header.writeUInt32BE(offset, o + 8);
    header.writeUInt32BE(t.origLength, o + 12);
    const padded = Buffer.alloc((data[i].length + 3) & ~3);
    data[i].copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(chunks);
}
