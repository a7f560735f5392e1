import { bakePng, crc32, extractFromPng, readPngChunks } from './png.js';
import { bakeOb2Svg, bakeSvg, extractFromSvg } from './svg.js';
import { readStandardsFile } from '../testing/standards.js';
import { CredentialsError } from '../errors.js';

const sample = (path: string) => new Uint8Array(readStandardsFile(`examples/${path}`));
const svgSample = (path: string) => readStandardsFile(`examples/${path}`).toString('utf8');
const plainPng = () => sample('ob_v2p0/validator-tests/assets/robotics-badge.png');
const plainSvg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="4"/></svg>';
const credential = { '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:uuid:1', name: 'Zoë ® ’ 🎓 汉字 ]]> <b>&amp;', type: ['VerifiableCredential'] };
const json = JSON.stringify(credential);
const jws = 'eyJhbGciOiJSUzI1NiJ9.eyJpZCI6InVybjp1dWlkOjEifQ.c2lnbmF0dXJl';

const errorOf = (fn: () => unknown): CredentialsError => {
  try { fn(); } catch (e) { return e as CredentialsError; }
  throw new Error('expected an error');
};

describe('PNG baking', () => {
  it.each([['JSON', json], ['JWT', jws]])('should round-trip a %s credential with valid CRCs and exactly one chunk', (_, payload) => {
    const baked = bakePng(plainPng(), payload);
    expect(extractFromPng(baked)).toEqual({ format: 'ob3', payload });
    const chunks = readPngChunks(baked); // throws on any bad CRC
    expect(chunks[1]!.type).toBe('iTXt');
    expect(chunks.filter((c) => c.type === 'iTXt' && new TextDecoder().decode(c.data).startsWith('openbadgecredential\0'))).toHaveLength(1);
    expect([...chunks[1]!.data.subarray(19, 24)]).toEqual([0, 0, 0, 0, 0]);
  });

  it('should replace, not duplicate, the chunk when re-baking', () => {
    const rebaked = bakePng(bakePng(plainPng(), json), jws);
    expect(extractFromPng(rebaked).payload).toBe(jws);
    expect(readPngChunks(rebaked).filter((c) => c.type === 'iTXt')).toHaveLength(1);
  });

  it.each(['simple-json.png', 'simple-jwt.png', 'simple-jwt_v1.png'])('should extract the 1EdTech sample %s', (file) => {
    const { format, payload } = extractFromPng(sample(`ob_v3p0/validator-tests/${file}`));
    expect(format).toBe('ob3');
    expect(payload).toMatch(file.includes('jwt') ? /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/ : /^\{[\s\S]*"OpenBadgeCredential"[\s\S]*\}$/);
  });

  it('should extract the OB 2.0 openbadges chunk', () => {
    const { format, payload } = extractFromPng(sample('ob_v2p0/validator-tests/simple-badge.png'));
    expect(format).toBe('ob2');
    expect(JSON.parse(payload)).toMatchObject({ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion' });
  });

  it('should report a truncated PNG, a bad CRC and a non-PNG as MALFORMED_PNG', () => {
    const baked = bakePng(plainPng(), json);
    expect(errorOf(() => extractFromPng(baked.subarray(0, baked.length - 20)))).toMatchObject({ code: 'MALFORMED_PNG', message: expect.stringContaining('Truncated') });
    const corrupt = baked.slice();
    corrupt[60] ^= 0xff;
    expect(errorOf(() => extractFromPng(corrupt)).code).toBe('MALFORMED_PNG');
    expect(errorOf(() => extractFromPng(new TextEncoder().encode('GIF89a'))).code).toBe('MALFORMED_PNG');
  });

  it('should report a PNG without a credential as NO_BAKED_CREDENTIAL', () => {
    expect(errorOf(() => extractFromPng(plainPng())).code).toBe('NO_BAKED_CREDENTIAL');
  });

  it('should compute the standard CRC-32', () => {
    expect((crc32(new TextEncoder().encode('IEND')) ^ 0xffffffff) >>> 0).toBe(0xae426082);
  });
});

describe('SVG baking', () => {
  it('should put one credential element with CDATA JSON right after <svg> and declare the namespace', () => {
    const baked = bakeSvg(plainSvg, json);
    expect(baked).toContain('<svg xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" xmlns="http://www.w3.org/2000/svg" width="10" height="10"><openbadges:credential><![CDATA[');
    expect(baked.match(/<openbadges:credential/g)).toHaveLength(1);
    expect(JSON.parse(extractFromSvg(baked).payload)).toEqual(credential);
  });

  it('should bake a JWT into the verify attribute and replace it on re-bake', () => {
    const baked = bakeSvg(bakeSvg(plainSvg, json), jws);
    expect(baked).toContain(`<openbadges:credential verify="${jws}"/>`);
    expect(baked.match(/openbadges:credential/g)).toHaveLength(1);
    expect(extractFromSvg(baked)).toEqual({ format: 'ob3', payload: jws });
  });

  it.each(['simple-json.svg', 'simple-jwt.svg', 'simple-jwt_v1.svg'])('should extract the 1EdTech sample %s', (file) => {
    const { payload } = extractFromSvg(svgSample(`ob_v3p0/validator-tests/${file}`));
    expect(payload).toMatch(file.includes('jwt') ? /^eyJ[\w-]+\.[\w-]+\.[\w-]+$/ : /^\{[\s\S]*\}$/);
  });

  it('should bake and extract the OB 2.0 assertion form', () => {
    const baked = bakeOb2Svg(plainSvg, { verify: 'https://example.org/assertions/1', json: '{"type":"Assertion"}' });
    expect(baked).toContain('xmlns:openbadges="http://openbadges.org"');
    expect(baked).toContain('<openbadges:assertion verify="https://example.org/assertions/1"><![CDATA[{"type":"Assertion"}]]></openbadges:assertion>');
    expect(extractFromSvg(baked)).toEqual({ format: 'ob2', payload: '{"type":"Assertion"}' });
  });

  it('should refuse an SVG with script as UNSAFE_SVG, both when baking and extracting', () => {
    const scripted = bakeSvg(plainSvg, json).replace('<circle', '<script>alert(1)</script><circle');
    expect(errorOf(() => extractFromSvg(scripted)).code).toBe('UNSAFE_SVG');
    expect(errorOf(() => bakeSvg(plainSvg.replace('<circle', '<circle onload="x()"'), json)).code).toBe('UNSAFE_SVG');
  });

  it('should report text without an <svg> root as MALFORMED_SVG and a plain SVG as NO_BAKED_CREDENTIAL', () => {
    expect(errorOf(() => extractFromSvg('<html></html>')).code).toBe('MALFORMED_SVG');
    expect(errorOf(() => extractFromSvg(plainSvg)).code).toBe('NO_BAKED_CREDENTIAL');
  });
});
