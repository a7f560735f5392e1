import 'reflect-metadata';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createDocumentLoader, decodeVcJwt, StatusBitstring, validateSchema } from '@openclr/credentials';
import { seedDemo } from '../../src/seed/seed-demo';
import { PASSWORD, signIn } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';

/** The independent oracle: Digital Bazaar's VC library with our offline loader, not our verifier. */
const verifyIndependently = (credential: object, didDocuments: object[] = []) =>
  vc.verifyCredential({
    credential,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: createDocumentLoader({ didDocuments: didDocuments as never }),
    checkStatus: async () => ({ verified: true }),
  });

const AWARD_FIELDS = `id state stateReason credentialUrl credential credentialJwt achievement { name }`;
const CREATE = `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { achievement { id rubric { criteria { id } } } errors { code message field } } }`;
const AWARD = `mutation($input: AwardAchievementInput!) { awardAchievement(input: $input) { award { ${AWARD_FIELDS} } errors { code field } } }`;
const VERIFY = `mutation($input: VerifyCredentialInput!) { verifyCredential(input: $input) { report { valid format checks { id status message } nested { valid checks { id status } } } errors { code field } } }`;
const CHANGE = (name: string) => `mutation($input: ChangeAwardStateInput!) { ${name}(input: $input) { award { id state stateReason } errors { code message field } } }`;

const statusOf = (checks: { id: string; status: string }[], id: string) => checks.find((c) => c.id === id)?.status;

describe('signed credentials of awards', () => {
  let server: TestServer;
  let issuer: string;
  let learner: string;
  let learnerId: string;
  let issuerId: string;
  let skillId: string;

  const rubric = { requiredLevel: 3, levels: [{ name: 'Benchmark' }, { name: 'Milestone' }, { name: 'Milestone' }, { name: 'Capstone' }], criteria: [{ name: 'Analyse' }, { name: 'Synthèse' }] };

  async function newAward(name: string) {
    const created = await server.graphql(CREATE, { input: { issuerId, name, description: `${name} — description`, skillIds: [skillId], rubric, achievementType: 'Competency', publish: true } }, issuer);
    expect(created.data?.createAchievement.errors).toEqual([]);
    const res = await server.graphql(AWARD, { input: { achievementId: created.data!.createAchievement.achievement.id, learnerId } }, issuer);
    expect(res.data?.awardAchievement.errors).toEqual([]);
    return res.data!.awardAchievement.award;
  }

  const verify = async (document: string, recipientEmail?: string) => (await server.graphql(VERIFY, { input: { document, recipientEmail } })).data!.verifyCredential.report;

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 20 });
    [issuer, learner] = await Promise.all([signIn(server, 'issuer@northbridge.edu'), signIn(server, 'learner@northbridge.edu', PASSWORD)]);
    learnerId = (await server.graphql('{ viewer { person { id } } }', {}, learner)).data!.viewer.person.id;
    const catalogue = await server.graphql(`{ achievements(first: 1) { nodes { issuer { id } alignments { id } } } }`, {}, issuer);
    issuerId = catalogue.data!.achievements.nodes[0].issuer.id;
    skillId = catalogue.data!.achievements.nodes[0].alignments[0].id;
  });

  afterAll(() => server.stop());

  it('should sign an award as an OB 3.0 credential that passes both 1EdTech schemas and Digital Bazaar’s verifier', async () => {
    const award = await newAward('Information Literacy');
    const credential = award.credential;
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toBe(award.credentialUrl);
    expect(credential.issuer.id).toMatch(/^did:key:z6Mk/);
    expect(credential.credentialSubject.achievement.name).toBe('Information Literacy');
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    expect(credential.proof[0]).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' });
    expect(validateSchema(credential, 'ob3-achievement-credential').errors).toEqual([]);
    expect(validateSchema(credential, 'ob3-achievement-credential-strict').errors).toEqual([]);
    expect((await verifyIndependently(credential)).verified).toBe(true);
    const jwt = decodeVcJwt(award.credentialJwt);
    expect(jwt.header.alg).toBe('RS256');
    expect(jwt.claims.jti).toBe(credential.id);
    expect(jwt.credential.id).toBe(credential.id);
  });

  it('should verify through GraphQL with one result per check, including the recipient', async () => {
    const award = await newAward('Ethical Reasoning');
    const report = await verify(JSON.stringify(award.credential), 'LEARNER@northbridge.edu');
    expect(report.valid).toBe(true);
    expect(Object.fromEntries(report.checks.map((c: { id: string; status: string }) => [c.id, c.status]))).toMatchObject({
      context: 'PASSED',
      schema: 'PASSED',
      'signature:0': 'PASSED',
      'issuer-key:0': 'PASSED',
      status: 'PASSED',
      validity: 'PASSED',
      recipient: 'PASSED',
      'issuer-record': 'PASSED',
    });
    expect(statusOf((await verify(award.credentialJwt)).checks, 'signature:jwt')).toBe('PASSED');
    expect(statusOf((await verify(JSON.stringify(award.credential), 'someone.else@northbridge.edu')).checks, 'recipient')).toBe('FAILED');
  });

  it('should report a revoked award as revoked while its signature stays valid, flipping exactly one bit', async () => {
    const award = await newAward('Civic Engagement');
    const listUrl = award.credential.credentialStatus.statusListCredential;
    const listId = listUrl.split('/status/')[1];
    const bitsBefore = (await server.db.dataSource.query(`SELECT bits FROM status_list WHERE issuer_id || '/' || purpose = $1`, [listId]))[0]?.bits as Buffer | undefined;
    const revoked = await server.graphql(CHANGE('revokeAward'), { input: { awardId: award.id, reason: 'Academic misconduct' } }, issuer);
    expect(revoked.data!.revokeAward).toEqual({ award: { id: award.id, state: 'REVOKED', stateReason: 'Academic misconduct' }, errors: [] });
    const bitsAfter = (await server.db.dataSource.query(`SELECT bits FROM status_list WHERE issuer_id || '/' || purpose = $1`, [listId]))[0].bits as Buffer;
    const before = bitsBefore ? StatusBitstring.fromBytes(bitsBefore) : StatusBitstring.create(bitsAfter.length * 8);
    const after = StatusBitstring.fromBytes(bitsAfter);
    const changed = Array.from({ length: after.length }, (_, i) => i).filter((i) => before.get(i) !== after.get(i));
    expect(changed).toEqual([Number(award.credential.credentialStatus.statusListIndex)]);

    const report = await verify(JSON.stringify(award.credential));
    expect(report.valid).toBe(false);
    expect(statusOf(report.checks, 'signature:0')).toBe('PASSED');
    expect(statusOf(report.checks, 'status')).toBe('FAILED');
    expect(report.checks.find((c: { id: string }) => c.id === 'status').message).toMatch(/revoked/i);

    const again = await server.graphql(CHANGE('reinstateAward'), { input: { awardId: award.id, reason: 'Oops' } }, issuer);
    expect(again.data!.reinstateAward.errors).toEqual([{ code: 'INVALID_AWARD_TRANSITION', message: 'A revoked award is final and cannot be changed.', field: ['input', 'awardId'] }]);
  });

  it('should suspend and reinstate, with the issuer record and suspension list following', async () => {
    const award = await newAward('Intercultural Knowledge');
    const noReason = await server.graphql(CHANGE('suspendAward'), { input: { awardId: award.id, reason: '  ' } }, issuer);
    expect(noReason.data!.suspendAward.errors).toEqual([{ code: 'AWARD_REASON_REQUIRED', message: 'Give a reason to suspend this award.', field: ['input', 'reason'] }]);
    await server.graphql(CHANGE('suspendAward'), { input: { awardId: award.id, reason: 'Under review' } }, issuer);
    const suspended = await verify(JSON.stringify(award.credential));
    expect(suspended.valid).toBe(false);
    expect(suspended.checks.find((c: { id: string }) => c.id === 'issuer-record')).toEqual({ id: 'issuer-record', status: 'FAILED', message: 'Suspended by the issuer: Under review' });
    const [{ bit }] = await server.db.dataSource.query(
      `SELECT get_bit(bits, ($2 / 8) * 8 + 7 - ($2 % 8)) AS bit FROM status_list WHERE purpose = 'suspension' AND issuer_id = (SELECT issuer_id FROM award WHERE status_list_index = $2 AND id::text = $1)`,
      [award.credentialUrl.split('/').pop(), award.credential.credentialStatus.statusListIndex],
    );
    expect(bit).toBe(1);
    await server.graphql(CHANGE('reinstateAward'), { input: { awardId: award.id, reason: 'Cleared' } }, issuer);
    expect((await verify(JSON.stringify(award.credential))).valid).toBe(true);
  });

  it('should refuse state changes to learners and unknown awards', async () => {
    const award = await newAward('Quantitative Reasoning');
    expect((await server.graphql(CHANGE('revokeAward'), { input: { awardId: award.id, reason: 'x' } }, learner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = Buffer.from('Award:00000000-0000-4000-8000-000000000000').toString('base64url');
    expect((await server.graphql(CHANGE('revokeAward'), { input: { awardId: unknown, reason: 'x' } }, issuer)).data!.revokeAward.errors).toEqual([
      { code: 'NOT_FOUND', message: expect.any(String), field: ['input', 'awardId'] },
    ]);
  });

  it('should keep Unicode names intact through the database, signing and verification', async () => {
    const name = 'Écriture créative® — l’atelier ✍️🎓 写作';
    const award = await newAward(name);
    const stored = (await server.db.dataSource.query(`SELECT document FROM award_credential WHERE award_id = $1`, [award.credentialUrl.split('/').pop()]))[0].document;
    expect(stored.credentialSubject.achievement.name).toBe(name);
    expect((await verifyIndependently(stored)).verified).toBe(true);
    expect((await verify(JSON.stringify(stored))).valid).toBe(true);
  });

  it('should export a signed CLR 2.0 of the learner’s awards that verifies with every nested credential', async () => {
    const res = await server.graphql(`mutation { exportClr(input: {}) { clr jwt errors { code } } }`, {}, learner);
    const clr = res.data!.exportClr.clr;
    expect(clr.type).toEqual(['VerifiableCredential', 'ClrCredential']);
    expect(clr.partial).toBe(false);
    expect(validateSchema(clr, 'clr2-clr-credential').errors).toEqual([]);
    expect((await verifyIndependently(clr)).verified).toBe(true);
    const report = await verify(JSON.stringify(clr));
    expect(report.nested.length).toBe(clr.credentialSubject.verifiableCredential.length);
    expect(report.nested.length).toBeGreaterThan(3);
    // The revoked award is left out, so every nested credential verifies.
    expect(report.nested.every((n: { valid: boolean }) => n.valid)).toBe(true);
    expect(report.valid).toBe(true);
  });

  it('should keep credentials verifiable after the issuer’s keys are rotated (did:web in production)', async () => {
    const production = await startTestServer({ OPENCLR_PUBLIC_URL: 'https://openclr.example.edu' });
    try {
      await seedDemo(production.db.dataSource, { learners: 10 });
      const token = await signIn(production, 'learner@northbridge.edu');
      const before = await production.graphql(`{ viewer { person { awards(first: 1) { nodes { id credential } } } } }`, {}, token);
      const oldCredential = before.data!.viewer.person.awards.nodes[0].credential;
      expect(oldCredential.issuer.id).toMatch(/^did:web:openclr\.example\.edu:issuers:[0-9a-f-]{36}$/);
      const issuerUuid = oldCredential.issuer.id.split(':').pop();
      await production.app.modules.services.keys.rotate(production.db.dataSource.manager, issuerUuid);
      const [{ keys }] = await production.db.dataSource.query(`SELECT count(*)::int AS keys FROM issuer_key WHERE issuer_id = $1 AND retired_at IS NOT NULL`, [issuerUuid]);
      expect(keys).toBe(2);
      const report = (await production.graphql(VERIFY, { input: { document: JSON.stringify(oldCredential) } })).data!.verifyCredential.report;
      expect(statusOf(report.checks, 'signature:0')).toBe('PASSED');
      expect(statusOf(report.checks, 'issuer-key:0')).toBe('PASSED');
    } finally {
      await production.stop();
    }
  });
});
