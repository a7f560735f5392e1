import http from 'node:http';
import https from 'node:https';
import { verifyCredential } from './verifier.js';
import type { VerificationReport } from './report.js';
import { createDataIntegritySigner, type DataIntegritySigner } from '../signing/data-integrity.js';
import { generateJwtKey, signVcJwt } from '../signing/jwt.js';
import { buildDidWebDocument, generateDidKey, generateEd25519Key } from '../keys/keys.js';
import { buildOpenBadgeCredential } from '../builders/ob3.js';
import { buildClrCredential } from '../builders/clr.js';
import { StatusBitstring, buildStatusListCredential } from '../status/bitstring.js';
import { bakePng, readPngChunks, writePngChunks } from '../baking/png.js';
import { bakeSvg } from '../baking/svg.js';
import { buildAchievement, buildCredentialInput, buildIssuer } from '../testing/fixtures.js';
import { readStandardsFile } from '../testing/standards.js';
import { validateSchema } from '../schema/validate.js';

const LIST_URL = 'https://openclr.example.edu/status/arts/revocation/1';
const failed = (report: VerificationReport) => report.checks.filter((c) => c.status === 'failed').map((c) => c.id);
const checkOf = (report: VerificationReport, id: string) => report.checks.find((c) => c.id === id);
const plainPng = () => new Uint8Array(readStandardsFile('examples/ob_v2p0/validator-tests/assets/robotics-badge.png'));
const plainSvg = '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>';

async function issuerSetup(purpose: 'revocation' | 'suspension' = 'revocation') {
  const key = await generateDidKey();
  const signer = await createDataIntegritySigner(key);
  const issuer = buildIssuer({ id: key.controller, name: 'Université Exemple® — Faculté des Arts’ 🎨 美术学院' });
  const input = buildCredentialInput({ issuer, status: { statusListCredential: LIST_URL, statusListIndex: 4242, statusPurpose: purpose } });
  const credential = await signer.sign(buildOpenBadgeCredential(input));
  const signList = (list: StatusBitstring) =>
    signer.sign(buildStatusListCredential({ id: LIST_URL, issuer: key.controller, statusPurpose: purpose, list, validFrom: '2025-01-01T00:00:00Z' }));
  const fetcherFor = (list: object) => async (url: string) => (url === LIST_URL ? { status: 200, body: list } : { status: 404 });
  return { key, signer, issuer, credential, signList, fetcherFor };
}

describe(verifyCredential.name, () => {
  it('should pass every check of a credential we issued, with Unicode names, and match the recipient', async () => {
    const { credential, signList, fetcherFor } = await issuerSetup();
    const sut = await verifyCredential(credential, { fetchDocument: fetcherFor(await signList(StatusBitstring.create())), recipient: { type: 'emailAddress', identity: 'ZOË.NGÔ@example.edu' } });
    expect(sut.valid).toBe(true);
    expect(sut.checks.map((c) => [c.id, c.status])).toEqual([
      ['context', 'passed'], ['type', 'passed'], ['schema', 'passed'], ['subject', 'passed'], ['signature:0', 'passed'],
      ['issuer-key:0', 'passed'], ['status', 'passed'], ['validity', 'passed'], ['recipient', 'passed'],
    ]);
  });

  it('should report revoked while the signature stays valid after exactly one bit is set', async () => {
    const { credential, signList, fetcherFor } = await issuerSetup();
    const sut = await verifyCredential(credential, { fetchDocument: fetcherFor(await signList(StatusBitstring.create().set(4242, true))) });
    expect(failed(sut)).toEqual(['status']);
    expect(checkOf(sut, 'status')?.message).toBe('Revoked by the issuer');
    expect(checkOf(sut, 'signature:0')?.status).toBe('passed');
    const neighbour = await verifyCredential(credential, { fetchDocument: fetcherFor(await signList(StatusBitstring.create().set(4243, true))) });
    expect(neighbour.valid).toBe(true);
  });

  it('should report suspended for a suspension list and valid again once the bit is cleared', async () => {
    const { credential, signList, fetcherFor } = await issuerSetup('suspension');
    const suspended = StatusBitstring.create().set(4242, true);
    expect(checkOf(await verifyCredential(credential, { fetchDocument: fetcherFor(await signList(suspended)) }), 'status')?.message).toBe('Suspended by the issuer');
    expect((await verifyCredential(credential, { fetchDocument: fetcherFor(await signList(suspended.set(4242, false))) })).valid).toBe(true);
  });

  it('should say "could not check" (never green) when the status list is unreachable or forged', async () => {
    const { credential, fetcherFor } = await issuerSetup();
    const unreachable = await verifyCredential(credential, { fetchDocument: async () => { throw new Error('ECONNREFUSED'); } });
    expect(checkOf(unreachable, 'status')).toEqual({ id: 'status', status: 'not-checked', message: `Could not check status: ${LIST_URL} could not be fetched: ECONNREFUSED` });
    const other = await issuerSetup();
    const forged = await verifyCredential(credential, { fetchDocument: fetcherFor(await other.signList(StatusBitstring.create())) });
    expect(checkOf(forged, 'status')?.status).toBe('not-checked');
    expect(checkOf(await verifyCredential(credential), 'status')?.status).toBe('not-checked');
  });

  it('should report expired and not-yet-valid credentials by the validity check', async () => {
    const key = await generateDidKey();
    const signer = await createDataIntegritySigner(key);
    const issuer = buildIssuer({ id: key.controller });
    const expired = await signer.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer, status: undefined, validFrom: '2020-01-01T00:00:00Z', validUntil: '2021-01-01T00:00:00Z' })));
    expect(failed(await verifyCredential(expired))).toEqual(['validity']);
    expect(checkOf(await verifyCredential(expired), 'validity')?.message).toBe('Expired on 2021-01-01T00:00:00.000Z');
    const future = await signer.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer, status: undefined, validFrom: '2999-01-01T00:00:00Z' })));
    expect(checkOf(await verifyCredential(future), 'validity')?.message).toMatch(/^Not yet valid/);
  });

  it('should fail the signature when one byte changes', async () => {
    const { credential } = await issuerSetup();
    const tampered = JSON.parse(JSON.stringify(credential).replace('"level":"3"', '"level":"4"'));
    expect(failed(await verifyCredential(tampered))).toEqual(['signature:0']);
  });

  it('should fail the key binding when a key of another controller signs for the issuer', async () => {
    const { issuer } = await issuerSetup();
    const intruder = await createDataIntegritySigner(await generateDidKey());
    const forged = await intruder.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer, status: undefined })));
    expect(failed(await verifyCredential(forged))).toEqual(['issuer-key:0']);
  });

  it('should verify a did:web credential signed with a rotated-out key against the current DID document', async () => {
    const did = 'did:web:openclr.example.edu:issuers:arts';
    const [oldKey, newKey] = [await generateEd25519Key(did, 'key-1'), await generateEd25519Key(did, 'key-2')];
    const credential = await (await createDataIntegritySigner(oldKey)).sign(buildOpenBadgeCredential(buildCredentialInput({ issuer: buildIssuer({ id: did }), status: undefined })));
    const didDocument = buildDidWebDocument(did, [{ id: 'key-1', publicKeyMultibase: oldKey.publicKeyMultibase }, { id: 'key-2', publicKeyMultibase: newKey.publicKeyMultibase }]);
    expect((await verifyCredential(credential, { didDocuments: [didDocument] })).valid).toBe(true);
    expect(failed(await verifyCredential(credential))).toEqual(['signature:0']);
  });

  describe('baked and JWT forms', () => {
    let signer: DataIntegritySigner;
    let credential: Record<string, unknown>;
    let jwt: string;
    let didDocument: ReturnType<typeof buildDidWebDocument>;
    beforeAll(async () => {
      const did = 'did:web:openclr.example.edu:issuers:arts';
      const edKey = await generateEd25519Key(did, 'key-1');
      const jwtKey = await generateJwtKey(`${did}#jwt-1`);
      didDocument = buildDidWebDocument(did, [{ id: 'key-1', publicKeyMultibase: edKey.publicKeyMultibase }, { id: 'jwt-1', publicKeyJwk: jwtKey.publicJwk }]);
      signer = await createDataIntegritySigner(edKey);
      credential = await signer.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer: buildIssuer({ id: did }), status: undefined, recipient: { id: 'did:example:zoë' } })));
      jwt = await signVcJwt(credential, jwtKey);
    });

    it('should verify a VC-JWT with a kid from the issuer DID document', async () => {
      const sut = await verifyCredential(jwt, { didDocuments: [didDocument] });
      expect(sut).toMatchObject({ valid: true, format: 'jwt' });
      expect(checkOf(sut, 'signature:jwt')?.status).toBe('passed');
      expect(checkOf(sut, 'issuer-key:jwt')?.status).toBe('passed');
      expect(checkOf(sut, 'jwt-claims')?.status).toBe('passed');
    });

    it.each([['JSON', () => JSON.stringify(credential)], ['JWT', () => jwt]])('should verify %s baked into PNG and SVG', async (_, payload) => {
      const png = await verifyCredential(bakePng(plainPng(), payload()), { didDocuments: [didDocument] });
      const svg = await verifyCredential(bakeSvg(plainSvg, payload()), { didDocuments: [didDocument] });
      expect([png.valid, png.format, svg.valid, svg.format]).toEqual([true, 'png', true, 'svg']);
      expect(png.credential).toMatchObject({ id: credential.id, name: credential.name });
    });

    it('should reject a JWT with alg none as a typed failure', async () => {
      const [, body] = jwt.split('.');
      const none = `${Buffer.from('{"alg":"none","typ":"JWT","kid":"did:web:openclr.example.edu:issuers:arts#jwt-1"}').toString('base64url')}.${body}.`;
      const sut = await verifyCredential(none, { didDocuments: [didDocument] });
      expect(sut.valid).toBe(false);
      expect(checkOf(sut, 'signature:jwt')?.message).toBe('JWT signature rejected: UNSUPPORTED_ALGORITHM: JWT algorithm none is not accepted');
    });
  });

  it('should verify a CLR and each nested credential, failing the CLR when a nested one is tampered', async () => {
    const { signer, issuer } = await issuerSetup();
    const badge = await signer.sign(buildOpenBadgeCredential(buildCredentialInput({ issuer, status: undefined, achievement: buildAchievement({ name: 'Oral Communication' }) })));
    const build = (nested: Record<string, unknown>[]) => signer.sign(buildClrCredential({ id: 'urn:uuid:0f8f4bd8-3c0b-4b0e-8a53-4c8b1f5d2b3a', issuer, name: 'Relevé — Zoë Ngô', recipient: { id: 'did:example:zoe' }, credentials: nested, validFrom: '2025-02-01T00:00:00Z' }));
    const clr = await build([badge]);
    expect(validateSchema(clr, 'clr2-clr-credential').valid).toBe(true);
    const ok = await verifyCredential(clr);
    expect(ok.valid).toBe(true);
    expect(checkOf(ok, 'nested:0')?.status).toBe('passed');
    expect(ok.nested[0]?.checks.find((c) => c.id === 'signature:0')?.status).toBe('passed');
    const bad = await build([JSON.parse(JSON.stringify(badge).replace('Oral', 'Orai'))]);
    expect(failed(await verifyCredential(bad))).toEqual(['nested:0']);
  });

  describe('bad input yields a typed failure, never a throw', () => {
    const formatMessage = async (input: string | Uint8Array | Record<string, unknown>) => {
      const report = await verifyCredential(input);
      expect(report.valid).toBe(false);
      return report.checks[0]!;
    };

    it('should reject a PNG whose openbadgecredential chunk holds {}', async () => {
      expect(await formatMessage(bakePng(plainPng(), '{}'))).toEqual({ id: 'format', status: 'failed', message: 'MALFORMED_CREDENTIAL: Not a credential: @context and type are missing' });
    });

    it('should reject a truncated PNG', async () => {
      const baked = bakePng(plainPng(), '{"a":1}');
      expect((await formatMessage(baked.subarray(0, baked.length / 2))).message).toMatch(/^MALFORMED_PNG: Truncated PNG/);
    });

    it('should reject a PNG with a corrupted chunk CRC', async () => {
      const chunks = readPngChunks(bakePng(plainPng(), '{"a":1}'));
      const bytes = writePngChunks(chunks);
      bytes[40] ^= 1;
      expect((await formatMessage(bytes)).message).toMatch(/^MALFORMED_PNG: .*bad CRC/);
    });

    it('should reject an SVG with <script>', async () => {
      const svg = bakeSvg(plainSvg, '{"@context":[],"type":[]}').replace('<rect', '<script>fetch("x")</script><rect');
      expect((await formatMessage(svg)).message).toMatch(/^UNSAFE_SVG/);
    });

    it('should reject a credential with an unknown context before any JSON-LD processing', async () => {
      const { credential } = await issuerSetup();
      const sut = await verifyCredential({ ...credential, '@context': [...(credential['@context'] as string[]), 'https://evil.example/context.json'] });
      expect(sut.checks).toEqual([{ id: 'context', status: 'failed', message: 'Unknown @context https://evil.example/context.json: cannot be processed offline' }]);
    });

    it('should reject garbage text', async () => {
      expect((await formatMessage('hello')).message).toBe('MALFORMED_CREDENTIAL: Neither JSON nor a compact JWS');
    });
  });

  it('should make zero network requests while verifying', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const httpSpy = jest.spyOn(http, 'request');
    const httpsSpy = jest.spyOn(https, 'request');
    const { credential } = await issuerSetup();
    await verifyCredential(credential);
    await verifyCredential(readStandardsFile('examples/clr_v2p0/validator-tests/complex.json').toString('utf8'));
    expect([fetchSpy.mock.calls.length, httpSpy.mock.calls.length, httpsSpy.mock.calls.length]).toEqual([0, 0, 0]);
  });
});
