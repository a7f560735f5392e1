import { decodeVcJwt, generateJwtKey, signVcJwt, verifyJwsSignature } from './jwt.js';
import { buildOpenBadgeCredential } from '../builders/ob3.js';
import { buildCredentialInput } from '../testing/fixtures.js';

const unsignedJwt = (claims: object) =>
  `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;

describe(signVcJwt.name, () => {
  it('should emit RS256 with typ JWT, a kid and the registered claims derived from the credential', async () => {
    const key = await generateJwtKey('did:web:openclr.example.edu:issuers:arts#jwt-2025');
    const credential = buildOpenBadgeCredential(buildCredentialInput({ recipient: { id: 'did:example:learner' }, validUntil: '2030-01-01T00:00:00Z' }));
    const sut = decodeVcJwt(await signVcJwt(credential, key));
    expect(sut.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: key.kid });
    expect(sut.claims).toMatchObject({ iss: credential.issuer.id, jti: credential.id, sub: 'did:example:learner', nbf: 1736935200, exp: 1893456000 });
    expect(sut.credential).toMatchObject({ id: credential.id, name: credential.name });
  });

  it('should embed only the public JWK when asked and verify with it', async () => {
    const key = await generateJwtKey('https://openclr.example.edu/keys/1');
    const jws = await signVcJwt(buildOpenBadgeCredential(buildCredentialInput()), key, { embedJwk: true });
    const { header } = decodeVcJwt(jws);
    expect(header.kid).toBeUndefined();
    expect(header.jwk).toEqual(key.publicJwk);
    expect(header.jwk).not.toHaveProperty('d');
    await expect(verifyJwsSignature(jws, key.publicJwk)).resolves.toBeUndefined();
  });
});

describe(verifyJwsSignature.name, () => {
  it('should refuse alg none with UNSUPPORTED_ALGORITHM', async () => {
    const key = await generateJwtKey('k');
    await expect(verifyJwsSignature(unsignedJwt({ id: 'urn:uuid:1' }), key.publicJwk)).rejects.toMatchObject({ code: 'UNSUPPORTED_ALGORITHM' });
  });

  it('should reject a JWT whose payload changed', async () => {
    const key = await generateJwtKey('k');
    const [h, , s] = (await signVcJwt({ id: 'urn:uuid:1', issuer: 'did:example:1' }, key)).split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ id: 'urn:uuid:2' })).toString('base64url')}.${s}`;
    await expect(verifyJwsSignature(forged, key.publicJwk)).rejects.toThrow();
  });
});

describe(decodeVcJwt.name, () => {
  it('should read the credential from the vc claim of VC 1.1-era JWTs', () => {
    expect(decodeVcJwt(unsignedJwt({ iss: 'x', vc: { id: 'urn:uuid:9' } })).credential).toEqual({ id: 'urn:uuid:9' });
  });

  it('should refuse text that is not a compact JWS with MALFORMED_JWT', () => {
    expect(() => decodeVcJwt('not a jwt')).toThrow(expect.objectContaining({ code: 'MALFORMED_JWT' }));
  });
});
