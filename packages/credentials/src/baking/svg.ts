import { CredentialsError, CredentialsErrorCode } from '../errors.js';
import { OB2_SVG_NAMESPACE, OB3_SVG_NAMESPACE } from '../vocab.js';
import type { BakedPayload } from './png.js';

const unsafe = (message: string) => new CredentialsError(CredentialsErrorCode.UnsafeSvg, message);
const malformed = (message: string) => new CredentialsError(CredentialsErrorCode.MalformedSvg, message);

// Baked images are shown to third parties; anything that can run script makes the file unsafe to host or display.
const SCRIPTING = [/<\s*(?:[\w-]+:)?script[\s>/]/i, /\son[a-z]+\s*=/i, /(?:href|src)\s*=\s*["']\s*javascript:/i, /<\s*(?:[\w-]+:)?foreignObject[\s>/]/i];

function assertSafe(svg: string): void {
  if (SCRIPTING.some((pattern) => pattern.test(svg))) throw unsafe('The SVG contains script, event handlers or foreign content');
}

const ROOT = /<svg(?=[\s>/])[^>]*>/;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const unescapeXml = (value: string): string =>
  value
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');

// CDATA sections are literal; text between them is XML-escaped.
const textContent = (raw: string): string =>
  raw.replace(/<!\[CDATA\[([\s\S]*?)]]>|([^<]+)/g, (_, literal?: string, text?: string) => literal ?? unescapeXml(text ?? ''));

// `]]>` may occur inside JSON strings; it has to be split across two CDATA sections.
const cdata = (text: string): string => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

interface SvgForm {
  namespace: string;
  element: string;
  format: BakedPayload['format'];
}
const OB3: SvgForm = { namespace: OB3_SVG_NAMESPACE, element: 'credential', format: 'ob3' };
const OB2: SvgForm = { namespace: OB2_SVG_NAMESPACE, element: 'assertion', format: 'ob2' };

const elementPattern = (prefix: string, element: string): RegExp =>
  new RegExp(`<${prefix}:${element}(?=[\\s>/])([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}:${element}\\s*>)`, 'g');

function prefixOf(svg: string, namespace: string): string | undefined {
  const root = ROOT.exec(svg)?.[0] ?? '';
  const match = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${namespace.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}["']`).exec(root);
  return match?.[1];
}

function bake(svg: string, form: SvgForm, content: { verify?: string; body?: string }): string {
  assertSafe(svg);
  const root = ROOT.exec(svg);
  if (!root) throw malformed('No <svg> root element');
  let prefix = prefixOf(svg, form.namespace);
  let openTag = root[0];
  if (!prefix) {
    prefix = 'openbadges';
    if (/\sxmlns:openbadges\s*=/.test(openTag)) throw malformed('The openbadges prefix is bound to another namespace');
    openTag = openTag.replace(/^<svg/, `<svg xmlns:${prefix}="${form.namespace}"`);
  }
  const verify = content.verify === undefined ? '' : ` verify="${escapeAttribute(content.verify)}"`;
  const element = content.body === undefined
    ? `<${prefix}:${form.element}${verify}/>`
    : `<${prefix}:${form.element}${verify}>${cdata(content.body)}</${prefix}:${form.element}>`;
  const rest = svg.slice(root.index + root[0].length).replace(elementPattern(prefix, form.element), '');
  return `${svg.slice(0, root.index)}${openTag}${element}${rest}`;
}

/**
 * Bakes an OB 3.0 / CLR 2.0 credential into an SVG: declares `xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"`
 * and puts one `<openbadges:credential>` right after `<svg>`, holding a compact JWS in `verify` or JSON in CDATA.
 * An earlier baked credential is replaced. Throws `UNSAFE_SVG` for SVGs with script.
 */
export function bakeSvg(svg: string, payload: string): string {
  const trimmed = payload.trim();
  return bake(svg, OB3, trimmed.startsWith('{') ? { body: trimmed } : { verify: trimmed });
}

/**
 * Bakes an OB 2.0 assertion into an SVG as `<openbadges:assertion verify="…">` in the `http://openbadges.org`
 * namespace: `verify` is the signed assertion's JWS or the hosted assertion URL, with the JSON in CDATA for hosted.
 */
export function bakeOb2Svg(svg: string, assertion: { verify: string; json?: string }): string {
  return bake(svg, OB2, { verify: assertion.verify, body: assertion.json });
}

/**
 * Extracts the baked credential from an SVG (OB 3.0 `credential` element first, then OB 2.0 `assertion`), whatever
 * prefix the namespace is bound to. Throws `UNSAFE_SVG` for script content, `MALFORMED_SVG` without an `<svg>`
 * root and `NO_BAKED_CREDENTIAL` when nothing is baked in.
 */
export function extractFromSvg(svg: string): BakedPayload {
  assertSafe(svg);
  if (!ROOT.test(svg)) throw malformed('No <svg> root element');
  for (const form of [OB3, OB2]) {
    const prefix = prefixOf(svg, form.namespace);
    if (!prefix) continue;
    const match = elementPattern(prefix, form.element).exec(svg);
    if (!match) continue;
    const verify = /\sverify\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1] ?? '');
    const body = textContent(match[2] ?? '').trim();
    // OB 3.0 puts either the JWS in `verify` or JSON in the body; OB 2.0 hosted has both (URL + JSON), JSON wins.
    const payload = form.format === 'ob2' && body ? body : verify ? unescapeXml(verify[1] ?? verify[2] ?? '') : body;
    if (!payload.trim()) throw new CredentialsError(CredentialsErrorCode.NoBakedCredential, `The ${form.element} element is empty`);
    return { format: form.format, payload: payload.trim() };
  }
  throw new CredentialsError(CredentialsErrorCode.NoBakedCredential, 'The SVG has no baked credential');
}
