// Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF):
// an escaped `&#1;` is still ill-formed, so they are dropped rather than escaped.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Removes the characters that no XML or HTML document may contain, even escaped. */
export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, '');
}

/** Escapes text for XML/HTML content and double- or single-quoted attribute values. */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export const escapeHtml = escapeXml;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Splits text into user-perceived characters, so an emoji with modifiers is never cut in two. */
export function graphemes(value: string): string[] {
  return Array.from(segmenter.segment(value), (s) => s.segment);
}
