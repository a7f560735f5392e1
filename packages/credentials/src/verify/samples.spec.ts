// Runs the verifier over every 1EdTech sample in shared/standards/examples (NOTES §10 items 30–33, 44, 46).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyCredential } from './verifier.js';
import type { VerificationReport } from './report.js';
import { sampleFetcher } from '../testing/sample-fetcher.js';
import { readStandardsFile, STANDARDS_DIR } from '../testing/standards.js';

const list = (dir: string) => readdirSync(join(STANDARDS_DIR, 'examples', dir)).filter((f) => /\.(json|jwt|png|svg)$/.test(f)).map((f) => `${dir}/${f}`);
const verifySample = (path: string): Promise<VerificationReport> => {
  const bytes = readStandardsFile(`examples/${path}`);
  return verifyCredential(path.endsWith('.png') ? new Uint8Array(bytes) : bytes.toString('utf8'), { fetchDocument: sampleFetcher() });
};
const failedIds = (report: VerificationReport) => report.checks.filter((c) => c.status === 'failed').map((c) => c.id);

// Positive inputs of the 1EdTech validator that honestly cannot come out valid offline, with the check that says so.
const EXPECTED_FAILURES: Record<string, { checks: string[]; why: string }> = {
  'ob_v3p0/validator-tests/complete_v1.json': { checks: ['signature:0', 'validity'], why: 'expired in 2020; key #key-1 is only available over the network' },
  'ob_v3p0/validator-tests/simple-noproof.json': { checks: ['signature'], why: 'has no proof at all' },
  'ob_v3p0/validator-tests/simple.jwt': { checks: ['signature:jwt'], why: 'JWT header has neither kid nor jwk; the key must be fetched' },
  'ob_v3p0/validator-tests/simple-eddsa-2022.json': { checks: ['signature:0'], why: 'legacy eddsa-2022 draft proof over VC 1.1 contexts: the cryptosuite rejects the context combination' },
  'ob_v3p0/validator-tests/endorsement-err-schema-status-refresh.json': { checks: ['signature:0'], why: 'a deliberately broken endorsement (the name says so): its Ed25519Signature2020 does not verify' },
  'clr_v2p0/validator-tests/simple-noproof.json': { checks: ['signature', 'nested:0'], why: 'outer CLR has no proof; nested proof was made without JSON-LD safe mode' },
  'clr_v2p0/validator-tests/simple_old_safesigned.json': { checks: ['signature:0', 'nested:0'], why: 'signed without JSON-LD safe mode, which our verifier enforces' },
};

const NEGATIVE: Record<string, string> = {
  'simple-err-context.json': 'context',
  'simple-err-credential-subject-achievement-result-description-type.json': 'subject',
  'simple-err-credential-subject-identifier-type.json': 'schema',
  'simple-err-credential-subject-profile-type.json': 'subject',
  'simple-err-credential-subject-result-type.json': 'schema',
  'simple-err-credential-subject-type.json': 'schema',
  'simple-err-evidence-type.json': 'subject',
  'simple-err-expired.json': 'validity',
  'simple-err-issued.json': 'validity',
  'simple-err-issuer-otheridentifier-type.json': 'schema',
  'simple-err-issuer-parentorg-type.json': 'schema',
  'simple-err-issuer-type.json': 'schema',
  'simple-err-issuer.json': 'schema',
  'simple-err-proof-method-no-scheme.json': 'signature:0',
  'simple-err-proof-method-unknown-did-method.json': 'signature:0',
  'simple-err-proof-method-unknown-scheme.json': 'signature:0',
  'simple-err-proof-method.json': 'signature:0',
  'simple-err-proof-value.json': 'signature:0',
  'simple-err-type.json': 'type',
};

describe('1EdTech samples', () => {
  const positives = [...list('ob_v3p0/validator-tests'), ...list('clr_v2p0/validator-tests')];

  it('should find every sample file', () => {
    expect(positives.length).toBe(27);
    expect(list('ob_v3p0/validator-tests/negative').sort()).toEqual(Object.keys(NEGATIVE).map((f) => `ob_v3p0/validator-tests/negative/${f}`).sort());
  });

  it.each(positives.filter((p) => !EXPECTED_FAILURES[p]))('should accept the positive sample %s', async (path) => {
    const report = await verifySample(path);
    expect(failedIds(report)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.checks.some((c) => /^signature:/.test(c.id) && c.status === 'passed')).toBe(true);
  });

  it.each(Object.entries(EXPECTED_FAILURES))('should report %s invalid for a stated reason', async (path, { checks }) => {
    const report = await verifySample(path);
    expect(report.valid).toBe(false);
    expect(failedIds(report)).toEqual(checks);
  });

  it.each(Object.entries(NEGATIVE))('should reject negative/%s with a failing %s check', async (file, checkId) => {
    const report = await verifySample(`ob_v3p0/validator-tests/negative/${file}`);
    expect(report.valid).toBe(false);
    expect(failedIds(report)).toContain(checkId);
  });

  it.each(['credential-status-revoked.json', 'credential-status-revoked-blank-nodes.json'])('should report bit-string-list/%s revoked with a valid signature', async (file) => {
    const report = await verifySample(`ob_v3p0/validator-tests/bit-string-list/${file}`);
    expect(failedIds(report)).toEqual(['status']);
    expect(report.checks.find((c) => c.id === 'status')?.message).toBe('Revoked by the issuer');
    expect(report.checks.find((c) => c.id === 'signature:0')?.status).toBe('passed');
  });

  it('should say the 1EdTechRevocationList could not be checked offline instead of passing it', async () => {
    const report = await verifySample('ob_v3p0/validator-tests/credential-status-revoked.json');
    expect(report.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'not-checked', message: expect.stringMatching(/^Could not check status/) });
  });

  it('should verify the OB 2.0 signed sample simple.jwt and report simple-revoked.jwt revoked', async () => {
    const valid = await verifySample('ob_v2p0/validator-tests/simple.jwt');
    expect(valid).toMatchObject({ valid: true, format: 'ob2-signed' });
    expect(valid.checks.find((c) => c.id === 'signature:0')?.status).toBe('passed');
    const revoked = await verifySample('ob_v2p0/validator-tests/simple-revoked.jwt');
    expect(failedIds(revoked)).toEqual(['status']);
    expect(revoked.checks.find((c) => c.id === 'status')?.message).toBe('Revoked: A good reason, for sure');
    expect(revoked.checks.find((c) => c.id === 'signature:0')?.status).toBe('passed');
    expect((await verifySample('ob_v2p0/validator-tests/simple-not-revoked.jwt')).valid).toBe(true);
  });

  it('should match the OB 2.0 recipient by hashed email', async () => {
    const jwt = readStandardsFile('examples/ob_v2p0/validator-tests/simple.jwt').toString('utf8');
    const ok = await verifyCredential(jwt, { fetchDocument: sampleFetcher(), recipient: { type: 'email', identity: 'Nobody@Example.org' } });
    expect(ok.checks.find((c) => c.id === 'recipient')?.status).toBe('passed');
    const wrong = await verifyCredential(jwt, { fetchDocument: sampleFetcher(), recipient: { type: 'email', identity: 'somebody@example.org' } });
    expect(failedIds(wrong)).toEqual(['recipient']);
  });

  it('should report an expired and a future OB 2.0 hosted assertion by their validity check', async () => {
    for (const [file, message] of [['basic-assertion-expired.json', /^Expired/], ['basic-assertion-in-future.json', /^Not yet valid/]] as const) {
      const report = await verifySample(`ob_v2p0/validator-tests/${file}`);
      expect(report.checks.find((c) => c.id === 'validity')?.message).toMatch(message);
    }
  });
});
