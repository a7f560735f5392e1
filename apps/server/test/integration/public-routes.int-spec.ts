import 'reflect-metadata';
import { extractFromPng, extractFromSvg, StatusBitstring } from '@openclr/credentials';
import { seedDemo } from '../../src/seed/seed-demo';
import { signIn } from '../setup/operations';
import { startTestServer, TestServer } from '../setup/server';

interface Report {
  valid: boolean;
  format: string;
  checks: { id: string; status: string; message: string }[];
}

interface AwardView {
  id: string;
  credentialUrl: string;
  credential: Record<string, unknown>;
  credentialJwt: string;
}

const AWARD_FIELDS = 'id credentialUrl credential credentialJwt';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

describe('public credential routes', () => {
  let server: TestServer;
  let learnerToken: string;
  let learnerId: string;
  let issuerToken: string;
  let issuerId: string;
  let achievementCount = 0;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });
  const verify = async (body: string | Uint8Array, contentType: string): Promise<{ status: number; report: Report }> => {
    const res = await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': contentType }, body });
    return { status: res.status, report: (await res.json()) as Report };
  };
  const checkOf = (report: Report, id: string) => report.checks.find((c) => c.id === id);
  const awardIdOf = (award: AwardView) => UUID.exec(award.credentialUrl)![0];

  /** A new published achievement awarded to the demo learner, so each test owns the award it changes. */
  async function freshAward(name = `Public routes test ${++achievementCount}`): Promise<AwardView> {
    const created = await server.graphql(
      `mutation($input: CreateAchievementInput!) { createAchievement(input: $input) { achievement { id } errors { code message field } } }`,
      {
        input: {
          issuerId,
          name,
          description: `${name}: shown to employers.`,
          criteriaMarkdown: 'Every criterion rated **proficient** or higher.',
          publish: true,
          rubric: {
            levels: [{ name: 'Benchmark' }, { name: 'Milestone' }, { name: 'Proficient' }, { name: 'Capstone' }],
            criteria: [{ name: 'Context and purpose' }],
            requiredLevel: 3,
          },
        },
      },
      issuerToken,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAchievement.errors).toEqual([]);
    const awarded = await server.graphql(
      `mutation($input: AwardAchievementInput!) { awardAchievement(input: $input) { award { ${AWARD_FIELDS} } errors { code message field } } }`,
      { input: { achievementId: created.data!.createAchievement.achievement.id, learnerId } },
      issuerToken,
    );
    expect(awarded.errors).toBeUndefined();
    expect(awarded.data!.awardAchievement.errors).toEqual([]);
    return awarded.data!.awardAchievement.award as AwardView;
  }

  async function changeState(mutation: 'revokeAward' | 'suspendAward' | 'reinstateAward', awardId: string, reason: string) {
    const res = await server.graphql(
      `mutation($input: ChangeAwardStateInput!) { ${mutation}(input: $input) { award { id } errors { code message } } }`,
      { input: { awardId, reason } },
      issuerToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data![mutation].errors).toEqual([]);
  }

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 20 });
    [learnerToken, issuerToken] = await Promise.all([signIn(server, 'learner@northbridge.edu'), signIn(server, 'issuer@northbridge.edu')]);
    const viewer = await server.graphql('{ viewer { person { id } } }', {}, learnerToken);
    learnerId = viewer.data!.viewer.person.id;
    const achievements = await server.graphql('{ achievements(first: 1) { nodes { issuer { id } } } }', {}, issuerToken);
    issuerId = achievements.data!.achievements.nodes[0].issuer.id;
  }, 120_000);

  afterAll(() => server.stop());

  describe('GET /credentials/:id', () => {
    let award: AwardView;
    let path: string;

    beforeAll(async () => {
      const res = await server.graphql(`{ viewer { person { awards(first: 5) { nodes { ${AWARD_FIELDS} } } } } }`, {}, learnerToken);
      award = res.data!.viewer.person.awards.nodes[0];
      path = `/credentials/${awardIdOf(award)}`;
    });

    it('should serve the HTML page to browsers, with OpenGraph tags and an absolute image URL', async () => {
      const res = await get(path, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('vary')).toMatch(/Accept/);
      const html = await res.text();
      expect(html).toContain(`<meta property="og:image" content="${award.credentialUrl}.png"`);
      expect(html).toContain('og:title');
      expect(html).toContain(`/credentials/${awardIdOf(award)}.json`);
      expect(html).toContain('id="verify"');
    });

    it('should serve the signed JSON for every JSON media type, byte-identical to the GraphQL credential', async () => {
      for (const accept of ['application/vc+ld+json', 'application/ld+json', 'application/json']) {
        const res = await get(path, { accept });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^application\/vc\+ld\+json/);
        expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
        expect(await res.text()).toBe(JSON.stringify(award.credential));
      }
      const suffixed = await get(`${path}.json`);
      expect(suffixed.headers.get('content-type')).toMatch(/^application\/vc\+ld\+json/);
      expect(await suffixed.text()).toBe(JSON.stringify(award.credential));
    });

    it('should serve the VC-JWT by content negotiation and as .jws text', async () => {
      const negotiated = await get(path, { accept: 'application/vc+jwt' });
      expect(negotiated.headers.get('content-type')).toMatch(/^application\/vc\+jwt/);
      expect(await negotiated.text()).toBe(award.credentialJwt);
      const jws = await get(`${path}.jws?download=1`);
      expect(jws.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(jws.headers.get('content-disposition')).toBe(`attachment; filename="credential-${awardIdOf(award)}.jws"`);
      expect(await jws.text()).toBe(award.credentialJwt);
    });

    it('should bake the signed JSON into the PNG and the SVG, and both verify as valid', async () => {
      const png = await get(`${path}.png?download=1`);
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(png.headers.get('content-disposition')).toMatch(/^attachment; filename="credential-.*\.png"$/);
      const pngBytes = new Uint8Array(await png.arrayBuffer());
      expect(extractFromPng(pngBytes)).toEqual({ format: 'ob3', payload: JSON.stringify(award.credential) });
      const fromPng = await verify(pngBytes, 'image/png');
      expect(fromPng.status).toBe(200);
      expect(fromPng.report).toMatchObject({ valid: true, format: 'png' });

      const svg = await get(`${path}.svg`);
      expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(svg.headers.get('content-disposition')).toBeNull();
      const svgText = await svg.text();
      expect(extractFromSvg(svgText).payload).toBe(JSON.stringify(award.credential));
      const fromSvg = await verify(svgText, 'image/svg+xml');
      expect(fromSvg.report).toMatchObject({ valid: true, format: 'svg' });
    });

    it('should bake the VC-JWT instead with ?format=jwt', async () => {
      const png = new Uint8Array(await (await get(`${path}.png?format=jwt`)).arrayBuffer());
      expect(extractFromPng(png).payload).toBe(award.credentialJwt);
      const svg = await (await get(`${path}.svg?format=jwt`)).text();
      expect(extractFromSvg(svg).payload).toBe(award.credentialJwt);
      expect((await verify(png, 'image/png')).report.valid).toBe(true);
    });

    it('should verify the JSON, the JWT as text and the envelope form with a recipient e-mail', async () => {
      expect((await verify(JSON.stringify(award.credential), 'application/json')).report.valid).toBe(true);
      expect((await verify(award.credentialJwt, 'text/plain')).report).toMatchObject({ valid: true, format: 'jwt' });
      const envelope = await verify(JSON.stringify({ credential: award.credential, recipientEmail: 'Learner@Northbridge.edu' }), 'application/json');
      expect(checkOf(envelope.report, 'recipient')?.status).toBe('passed');
      const wrongRecipient = await verify(JSON.stringify({ credential: award.credentialJwt, recipientEmail: 'someone@else.edu' }), 'application/json');
      expect(checkOf(wrongRecipient.report, 'recipient')?.status).toBe('failed');
    });

    it('should answer 404 for malformed and unknown ids without a 500', async () => {
      for (const p of ['/credentials/not-a-uuid', '/credentials/00000000-0000-0000-0000-000000000000', '/credentials/00000000-0000-0000-0000-000000000000.png', `${path}.exe`, `/credentials/${"'".repeat(40)}`]) {
        const res = await get(p, { accept: 'application/json' });
        expect(res.status).toBe(404);
        expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
      }
      expect((await get('/credentials/00000000-0000-0000-0000-000000000000', { accept: 'text/html' })).status).toBe(404);
    });

    it('should show browsers a not-found page for a link that leads nowhere, and APIs a JSON 404', async () => {
      const page = await get('/credentials/00000000-0000-4000-8000-000000000000', { accept: 'text/html' });
      expect(page.status).toBe(404);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<h1>Credential not found</h1>');
      const api = await get('/credentials/not-a-uuid', { accept: 'application/json' });
      expect(api.status).toBe(404);
      expect(await api.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Credential not found.' } });
    });

    it('should answer 406 when no form of the credential is acceptable', async () => {
      expect((await get(path, { accept: 'application/pdf' })).status).toBe(406);
    });
  });

  describe('revocation', () => {
    it('should report revoked while the signature stays valid, answer 410 for OB 2.0 and flip exactly one status bit', async () => {
      const award = await freshAward();
      const id = awardIdOf(award);
      const statusEntry = award.credential.credentialStatus as { statusListCredential: string; statusListIndex: string; statusPurpose: string };
      expect(statusEntry.statusPurpose).toBe('revocation');
      const listPath = new URL(statusEntry.statusListCredential).pathname;
      const before = (await (await get(listPath)).json()) as { credentialSubject: { encodedList: string } };
      expect((await get(`/ob2/assertions/${id}`)).status).toBe(200);

      await changeState('revokeAward', award.id, 'Academic misconduct');

      const { report } = await verify(JSON.stringify(award.credential), 'application/json');
      expect(report.valid).toBe(false);
      expect(checkOf(report, 'status')).toMatchObject({ status: 'failed' });
      expect(checkOf(report, 'status')!.message).toMatch(/revoked/i);
      expect(checkOf(report, 'signature:0')?.status).toBe('passed');

      const ob2 = await get(`/ob2/assertions/${id}`);
      expect(ob2.status).toBe(410);
      expect(await ob2.json()).toMatchObject({ id: expect.stringContaining(`/ob2/assertions/${id}`), revoked: true, revocationReason: 'Academic misconduct' });

      const after = (await (await get(listPath)).json()) as { credentialSubject: { encodedList: string } };
      const a = StatusBitstring.decode(before.credentialSubject.encodedList);
      const b = StatusBitstring.decode(after.credentialSubject.encodedList);
      expect(a.length).toBe(b.length);
      const differing: number[] = [];
      for (let i = 0; i < a.length; i++) if (a.get(i) !== b.get(i)) differing.push(i);
      expect(differing).toEqual([Number(statusEntry.statusListIndex)]);

      // Still downloadable: its status says what happened.
      expect((await get(`/credentials/${id}.png`)).status).toBe(200);
      expect(await (await get(`/credentials/${id}`, { accept: 'text/html' })).text()).toMatch(/Revoked/);
    });

    it('should fail verification on the issuer record while suspended, and pass again once reinstated', async () => {
      const award = await freshAward();
      await changeState('suspendAward', award.id, 'Under review');
      const suspended = (await verify(JSON.stringify(award.credential), 'application/json')).report;
      expect(suspended.valid).toBe(false);
      expect(checkOf(suspended, 'issuer-record')).toMatchObject({ status: 'failed', message: expect.stringMatching(/Suspended/) });
      expect((await get(`/ob2/assertions/${awardIdOf(award)}`)).status).toBe(410);

      await changeState('reinstateAward', award.id, 'Review closed');
      const reinstated = (await verify(JSON.stringify(award.credential), 'application/json')).report;
      expect(reinstated.valid).toBe(true);
      expect(checkOf(reinstated, 'issuer-record')?.status).toBe('passed');
    });
  });

  describe('status lists, DID documents and OB 2.0 documents', () => {
    it('should serve a signed status list with at least 131,072 entries whose proof verifies', async () => {
      const award = await freshAward();
      const url = (award.credential.credentialStatus as { statusListCredential: string }).statusListCredential;
      const res = await get(new URL(url).pathname);
      expect(res.headers.get('content-type')).toMatch(/^application\/vc\+ld\+json/);
      const list = (await res.json()) as { credentialSubject: { encodedList: string } };
      expect(StatusBitstring.decode(list.credentialSubject.encodedList).length).toBeGreaterThanOrEqual(131_072);
      const { report } = await verify(JSON.stringify(list), 'application/json');
      expect(checkOf(report, 'signature:0')?.status).toBe('passed');
      expect(checkOf(report, 'issuer-key:0')?.status).toBe('passed');
    });

    it('should answer 404 for unknown issuers, purposes and malformed ids', async () => {
      const award = await freshAward();
      const issuerPath = new URL((award.credential.credentialStatus as { statusListCredential: string }).statusListCredential).pathname.split('/').slice(0, 3).join('/');
      for (const p of [`${issuerPath}/other`, '/status/00000000-0000-0000-0000-000000000000/revocation', '/status/nope/revocation', '/ob2/assertions/nope', '/ob2/badges/00000000-0000-0000-0000-000000000000', '/ob2/issuers/x', '/issuers/x/did.json', '/achievements/x']) {
        expect([p, (await get(p)).status]).toEqual([p, 404]);
      }
    });

    it('should answer 404 for the did:web document over plain HTTP (issuers use did:key there)', async () => {
      const award = await freshAward();
      expect(String((award.credential.issuer as { id: string }).id)).toMatch(/^did:key:/);
      const issuerUuid = new URL((award.credential.credentialStatus as { statusListCredential: string }).statusListCredential).pathname.split('/')[2];
      expect((await get(`/issuers/${issuerUuid}/did.json`)).status).toBe(404);
    });

    it('should serve the OB 2.0 hosted assertion, BadgeClass and Issuer on one origin with a hashed recipient', async () => {
      const award = await freshAward();
      const res = await get(`/ob2/assertions/${awardIdOf(award)}`);
      expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      const assertion = (await res.json()) as { id: string; badge: string; recipient: { hashed: boolean; identity: string; salt: string }; verification: { type: string } };
      expect(assertion).toMatchObject({ type: 'Assertion', verification: { type: 'hosted' }, recipient: { type: 'email', hashed: true } });
      expect(assertion.recipient.identity).toMatch(/^sha256\$[0-9a-f]{64}$/);
      const again = (await (await get(`/ob2/assertions/${awardIdOf(award)}`, { accept: 'application/json' })).json()) as typeof assertion;
      expect(again).toEqual(assertion);
      const badge = (await (await get(new URL(assertion.badge).pathname)).json()) as { type: string; issuer: string; name: string };
      expect(badge).toMatchObject({ type: 'BadgeClass', name: expect.stringMatching(/^Public routes test/) });
      const issuer = (await (await get(new URL(badge.issuer).pathname)).json()) as Record<string, unknown>;
      expect(issuer).toMatchObject({ type: 'Issuer', name: expect.any(String), url: expect.any(String), email: expect.any(String) });
      expect(new Set([assertion.id, assertion.badge, badge.issuer].map((u) => new URL(u).origin)).size).toBe(1);
    });

    it('should serve the achievement embedded in credentials, and its plain badge image', async () => {
      const award = await freshAward();
      const achievementUrl = ((award.credential.credentialSubject as { achievement: { id: string } }).achievement).id;
      const res = await get(new URL(achievementUrl).pathname);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: achievementUrl, type: ['Achievement'], name: expect.stringMatching(/^Public routes test/) });
      expect((await get(`${new URL(achievementUrl).pathname}.png`)).headers.get('content-type')).toBe('image/png');
    });
  });

  describe('GET /skills/:id', () => {
    it('should describe a skill at the URL credentials align to, and 404 for unknown or malformed ids', async () => {
      const [skill] = await server.db.dataSource.query(`SELECT id, name FROM skill ORDER BY name LIMIT 1`);
      const res = await get(`/skills/${skill.id}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: `${server.app.modules.services.urls.origin}/skills/${skill.id}`, type: 'Skill', name: skill.name });
      expect((await get('/skills/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await get('/skills/nope')).status).toBe(404);
    });
  });

  describe('POST /api/verify with bad input', () => {
    it('should answer a typed failure report for {} and for a JWT with alg none', async () => {
      const empty = await verify('{}', 'application/json');
      expect(empty.status).toBe(200);
      expect(empty.report.valid).toBe(false);
      expect(empty.report.checks.some((c) => c.status === 'failed')).toBe(true);

      const award = await freshAward();
      const [original, payload] = award.credentialJwt.split('.');
      // Keep the key reference so that only the algorithm is wrong.
      const header = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(original, 'base64url').toString()), alg: 'none' })).toString('base64url');
      const none = await verify(`${header}.${payload}.`, 'text/plain');
      expect(none.status).toBe(200);
      expect(none.report.valid).toBe(false);
      expect(none.report.checks.find((c) => c.status === 'failed')!.message).toMatch(/none|algorithm/i);
    });

    it('should answer a format failure for garbage text, a truncated PNG and an SVG with a script', async () => {
      const garbage = await verify('this is not a credential', 'text/plain');
      expect(garbage.status).toBe(200);
      expect(garbage.report).toMatchObject({ valid: false });

      const award = await freshAward();
      const png = new Uint8Array(await (await get(`/credentials/${awardIdOf(award)}.png`)).arrayBuffer());
      const truncated = await verify(png.slice(0, Math.floor(png.length / 2)), 'image/png');
      expect(truncated.status).toBe(200);
      expect(truncated.report).toMatchObject({ valid: false, checks: [{ id: 'format', status: 'failed' }] });

      const svg = (await (await get(`/credentials/${awardIdOf(award)}.svg`)).text()).replace('</svg>', '<script>alert(1)</script></svg>');
      const unsafe = await verify(svg, 'image/svg+xml');
      expect(unsafe.status).toBe(200);
      expect(unsafe.report).toMatchObject({ valid: false, checks: [{ id: 'format', status: 'failed' }] });
    });

    it('should answer 400 for an empty body or unreadable JSON, 415 for an unsupported type and 413 past 5 MB', async () => {
      expect((await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/json' } })).status).toBe(400);
      const broken = await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"credential":' });
      expect(broken.status).toBe(400);
      expect(await broken.json()).toEqual({ error: { code: 'BAD_REQUEST', message: expect.stringMatching(/JSON/) } });
      expect((await verify('[1,2]', 'application/json')).status).toBe(400);
      expect((await verify('{"credential": 42}', 'application/json')).status).toBe(400);
      expect((await verify('x', 'application/pdf')).status).toBe(415);
      const huge = await fetch(`${server.url}/api/verify`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'a'.repeat(5 * 1024 * 1024 + 1) });
      expect(huge.status).toBe(413);
      expect(await huge.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: expect.any(String) } });
    });
  });

  describe('Unicode names', () => {
    it('should sign, serve, bake and verify an achievement named with accents, ®, ’, emoji and CJK', async () => {
      const name = 'Écriture créative® — l’atelier 🎨 写作';
      const award = await freshAward(name);
      const id = awardIdOf(award);
      const json = await (await get(`/credentials/${id}.json`)).text();
      expect(json).toBe(JSON.stringify(award.credential));
      expect(JSON.parse(json).credentialSubject.achievement.name).toBe(name);
      expect((await verify(json, 'application/vc+ld+json')).report.valid).toBe(true);

      const png = new Uint8Array(await (await get(`/credentials/${id}.png`)).arrayBuffer());
      expect(JSON.parse(extractFromPng(png).payload).credentialSubject.achievement.name).toBe(name);
      expect((await verify(png, 'image/png')).report.valid).toBe(true);

      const html = await (await get(`/credentials/${id}`, { accept: 'text/html' })).text();
      expect(html).toContain('Écriture créative® — l’atelier 🎨 写作');
    });
  });
});
