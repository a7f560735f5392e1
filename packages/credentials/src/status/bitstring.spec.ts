import { StatusBitstring, buildStatusListCredential, MIN_STATUS_LIST_LENGTH } from './bitstring.js';
import { readStandardsJson } from '../testing/standards.js';
import { gunzipSync } from 'fflate';

describe(StatusBitstring.name, () => {
  it('should decode the 1EdTech sample list with exactly bit 23 set', () => {
    const list = readStandardsJson('examples/ob_v3p0/validator-tests/bit-string-list/testlist');
    const sut = StatusBitstring.decode(list.credentialSubject.encodedList);
    expect(sut.length).toBe(MIN_STATUS_LIST_LENGTH);
    expect(sut.setIndexes()).toEqual([23]);
    expect(sut.get(23)).toBe(true);
    expect(sut.get(22)).toBe(false);
  });

  it('should set and clear exactly one bit, most significant bit first', () => {
    const empty = StatusBitstring.create();
    const sut = empty.set(9, true);
    expect(sut.setIndexes()).toEqual([9]);
    expect(empty.setIndexes()).toEqual([]);
    const bytes = gunzipSync(Buffer.from(sut.encode().slice(1), 'base64url'));
    expect(bytes.length).toBe(16_384);
    expect([...bytes.slice(0, 3)]).toEqual([0, 0b0100_0000, 0]);
    expect(sut.set(9, false).encode()).toBe(empty.encode());
  });

  it('should round-trip through the multibase base64url GZIP encoding', () => {
    const sut = StatusBitstring.create().set(0, true).set(131_071, true);
    const encoded = sut.encode();
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/);
    expect(StatusBitstring.decode(encoded).setIndexes()).toEqual([0, 131_071]);
  });

  it('should refuse lists shorter than 131,072 entries, indexes out of range and garbage', () => {
    expect(() => StatusBitstring.create(1024)).toThrow('at least 131072');
    expect(() => StatusBitstring.create().set(131_072, true)).toThrow('outside');
    expect(() => StatusBitstring.decode('unot-gzip')).toThrow(expect.objectContaining({ code: 'MALFORMED_STATUS_LIST' }));
  });
});

describe(buildStatusListCredential.name, () => {
  it('should build a BitstringStatusListCredential per purpose', () => {
    const sut = buildStatusListCredential({ id: 'https://openclr.example.edu/status/arts/suspension/1', issuer: 'did:web:openclr.example.edu:issuers:arts', statusPurpose: 'suspension', list: StatusBitstring.create(), validFrom: '2025-01-01T00:00:00Z' });
    expect(sut).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: { id: 'https://openclr.example.edu/status/arts/suspension/1#list', type: 'BitstringStatusList', statusPurpose: 'suspension' },
    });
  });
});
