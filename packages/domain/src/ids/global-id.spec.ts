import { IdErrorCode } from '../errors/error-codes.js';
import { base64UrlDecodeAscii, base64UrlEncodeAscii } from './base64url.js';
import { asId, decodeGlobalId, encodeGlobalId, IdError } from './global-id.js';

const UUID = '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7';

describe('global ids', () => {
  it('should encode Type:uuid as unpadded base64url', () => {
    // Same bytes as Buffer.from(`Achievement:${UUID}`).toString('base64url')
    expect(encodeGlobalId('Achievement', UUID)).toBe('QWNoaWV2ZW1lbnQ6NmYxYzJhM2ItNGQ1ZS00ZjYwLThhNzEtOTJiM2M0ZDVlNmY3');
  });

  it('should round-trip and lower-case the uuid', () => {
    const id = encodeGlobalId('Person', UUID.toUpperCase());
    expect(decodeGlobalId(id)).toEqual({ type: 'Person', id: UUID });
    expect(decodeGlobalId(id, 'Person').id).toBe(UUID);
  });

  it.each([
    ['', ''], ['a', 'YQ'], ['ab', 'YWI'], ['abc', 'YWJj'], ['abcd', 'YWJjZA'], ['Skill:~?>', 'U2tpbGw6fj8-'],
  ])('should match Node base64url for %j', (text, expected) => {
    expect(base64UrlEncodeAscii(text)).toBe(expected);
    expect(base64UrlDecodeAscii(expected)).toBe(text);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'QWNoaWV2ZW1lbnQ6+/=='],
    ['padding', `${encodeGlobalId('Award', UUID)}=`],
    ['length 4n+1', 'QWJjZA1'],
    ['no separator', base64UrlEncodeAscii('Award')],
    ['non-uuid', base64UrlEncodeAscii('Award:123')],
    ['upper-case uuid', base64UrlEncodeAscii(`Award:${UUID.toUpperCase()}`)],
    ['lower-case type', base64UrlEncodeAscii(`award:${UUID}`)],
    ['trailing junk', base64UrlEncodeAscii(`Award:${UUID}x`)],
    ['non-ASCII bytes', 'QXfDpHJkOjZmMWMyYTNiLTRkNWUtNGY2MC04YTcxLTkyYjNjNGQ1ZTZmNw'], // `Awärd:${UUID}` as UTF-8
    ['far too long', 'A'.repeat(400)],
  ])('should reject %s with INVALID_ID', (_, input) => {
    expect(() => decodeGlobalId(input)).toThrow(IdError);
    expect(() => decodeGlobalId(input)).toThrow(expect.objectContaining({ code: IdErrorCode.INVALID_ID }));
  });

  it('should reject a non-canonical encoding of a valid id', () => {
    const id = encodeGlobalId('Person', UUID); // 43 bytes: the last character carries 4 unused bits
    expect(id.length % 4).not.toBe(0);
    const last = id[id.length - 1]!;
    const sibling = id.slice(0, -1) + (last === 'A' ? 'B' : String.fromCharCode(last.charCodeAt(0) + 1));
    expect(() => decodeGlobalId(sibling)).toThrow(IdError);
  });

  it('should reject an id of another type and say which', () => {
    const id = encodeGlobalId('Evidence', UUID);
    expect(() => decodeGlobalId(id, 'Award')).toThrow('Expected a Award ID but got a Evidence ID.');
  });

  it('should refuse to encode a non-uuid or a bad type name', () => {
    expect(() => encodeGlobalId('Award', 'nope')).toThrow(RangeError);
    expect(() => encodeGlobalId('award:x', UUID)).toThrow(RangeError);
  });

  it('should brand and lower-case a plain uuid, and reject garbage', () => {
    expect(asId('Award', UUID.toUpperCase())).toBe(UUID);
    expect(() => asId('Award', `${UUID} `)).toThrow(IdError);
  });
});
