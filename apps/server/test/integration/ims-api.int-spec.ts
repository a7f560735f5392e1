import 'reflect-metadata';
import { buildOpenBadgeCredential, createDataIntegritySigner, generateDidKey } from '@openclr/credentials';
import { randomUUID } from 'node:crypto';
import { seedDemo } from '../../src/seed/seed-demo';
import { authorizeLearner, schemaValidator } from '../setup/ims';
import { startTestServer, TestServer } from '../setup/server';

const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/scope/';
const CLR = 'https://purl.imsglobal.org/spec/clr/v2p0/scope/';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = async (res: Response): Promise<any> => res.json();

describe('1EdTech OB 3.0 and CLR 2.0 REST API', () => {
  let server: TestServer;
  let token: string;
  let readOnly: string;
  const validateStatus = schemaValidator('ob_v3p0/ob_v3p0_imsx_statusinfo_schema.json');
  const validateProfile = schemaValidator('ob_v3p0/ob_v3p0_profile_schema.json');
  const validateList = schemaValidator('ob_v3p0/ob_v3p0_getopenbadgecredentialsresponse_schema.json');
  const validateClrList = schemaValidator('clr_v2p0/clr_v2p0_getclrcredentialsresponse_schema.json');

  const api = (path: string, init: RequestInit = {}, bearer: string | null = token) =>
    fetch(`${server.url}${path}`, { ...init, headers: { ...(init.headers as Record<string, string>), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) } });

  async function foreignCredential(validFrom = '2025-03-01T00:00:00Z', id = `urn:uuid:${randomUUID()}`) {
    const key = await generateDidKey();
    const signer = await createDataIntegritySigner(key);
    const unsigned = buildOpenBadgeCredential({
      id,
      issuer: { id: key.controller, name: 'Elsewhere College' },
      achievement: { id: 'https://elsewhere.example.edu/achievements/1', name: 'Community Service', description: 'Served 40 hours.', criteria: { narrative: 'Serve 40 hours.' } },
      recipient: { identifiers: [{ type: 'emailAddress', value: 'learner@northbridge.edu' }] },
      validFrom,
      awardedDate: validFrom,
    } as never) as unknown as Record<string, unknown>;
    return { key, signer, document: (await signer.sign(unsigned)) as unknown as Record<string, unknown> };
  }

  beforeAll(async () => {
    server = await startTestServer();
    await seedDemo(server.db.dataSource, { learners: 5 });
    token = (await authorizeLearner(server.url, [`${OB}credential.readonly`, `${OB}credential.upsert`, `${OB}profile.readonly`, `${OB}profile.update`, `${CLR}credential.readonly`])).access_token;
    readOnly = (await authorizeLearner(server.url, [`${OB}credential.readonly`])).access_token;
  });
  afterAll(() => server.stop());

  it('should page GET /credentials with X-Total-Count and Link headers', async () => {
    const first = await api('/ims/ob/v3p0/credentials?limit=1&offset=0');
    expect(first.status).toBe(200);
    const total = Number(first.headers.get('x-total-count'));
    expect(total).toBeGreaterThan(1);
    const link = first.headers.get('link')!;
    expect(link).toMatch(/rel="first"/);
    expect(link).toMatch(/rel="last"/);
    expect(link).toMatch(/offset=1>; rel="next"/);
    const body = await json(first);
    expect(validateList(body)).toEqual([]);
    expect(body.credential).toHaveLength(1);
    const second = await api('/ims/ob/v3p0/credentials?limit=1&offset=1');
    expect(second.headers.get('link')).toMatch(/rel="prev"/);
    const bad = await api('/ims/ob/v3p0/credentials?limit=abc');
    expect(bad.status).toBe(400);
    expect(validateStatus(await json(bad))).toEqual([]);
  });

  it('should read and replace the profile', async () => {
    const profile = await json(await api('/ims/ob/v3p0/profile'));
    expect(validateProfile(profile)).toEqual([]);
    const put = await api('/ims/ob/v3p0/profile', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...profile, name: 'Camille L.' }) });
    expect(put.status).toBe(200);
    const updated = await json(put);
    expect(updated.name).toBe('Camille L.');
    expect(validateProfile(updated)).toEqual([]);
    const bad = await api('/ims/ob/v3p0/profile', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'Profile' }) });
    expect(bad.status).toBe(400);
    expect(validateStatus(await json(bad))).toEqual([]);
  });

  it('should upsert a foreign credential: 201, then 200, and list it unchanged', async () => {
    const { document } = await foreignCredential();
    const post = (body: unknown) => api('/ims/ob/v3p0/credentials', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const created = await post(document);
    if (created.status !== 201) throw new Error(await created.text());
    expect(await json(created)).toEqual(document);
    expect((await post(document)).status).toBe(200);
    const total = Number((await api('/ims/ob/v3p0/credentials?limit=1')).headers.get('x-total-count'));
    const all = await json(await api(`/ims/ob/v3p0/credentials?limit=100`));
    expect(all.credential).toHaveLength(total);
    expect(all.credential).toContainEqual(document);
  });

  it('should refuse bad bodies with 400 imsx_StatusInfo', async () => {
    const { document } = await foreignCredential();
    const tampered = { ...document, name: 'Tampered' };
    for (const [body, type] of [
      ['{}', 'application/json'],
      [JSON.stringify(tampered), 'application/json'],
      ['{not json', 'application/json'],
      [JSON.stringify(document), 'application/xml'],
      ['not.a.jws!', 'text/plain'],
    ] as const) {
      const res = await api('/ims/ob/v3p0/credentials', { method: 'POST', headers: { 'content-type': type }, body });
      expect([body.slice(0, 20), type, res.status]).toEqual([body.slice(0, 20), type, 400]);
      expect(validateStatus(await json(res))).toEqual([]);
    }
  });

  it('should answer 401 without a token and 403 with the wrong scope', async () => {
    const none = await api('/ims/ob/v3p0/credentials', {}, null);
    expect(none.status).toBe(401);
    expect(validateStatus(await json(none))).toEqual([]);
    const garbage = await api('/ims/ob/v3p0/credentials', {}, 'not-a-token');
    expect(garbage.status).toBe(401);
    const wrong = await api('/ims/ob/v3p0/profile', {}, readOnly);
    expect(wrong.status).toBe(403);
    expect(validateStatus(await json(wrong))).toEqual([]);
  });

  it("should return the learner's signed CLR from the CLR API", async () => {
    const res = await api('/ims/clr/v2p0/credentials');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(validateClrList(body)).toEqual([]);
    expect(body.credential[0].type).toContain('ClrCredential');
    expect(res.headers.get('x-total-count')).toBe('1');
  });
  it('should follow RFC 6750 and 6749 on refusals: invalid_token for a bad token, Basic for a bad client, 404 for a discovery the CLR API lacks', async () => {
    const missing = await api('/ims/ob/v3p0/credentials', {}, null);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="OpenCLR"');
    const bad = await api('/ims/ob/v3p0/credentials', {}, 'not-a-token');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toBe('Bearer realm="OpenCLR", error="invalid_token"');
    const client = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('oclr_client_nobody:wrong').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(client.status).toBe(401);
    expect(client.headers.get('www-authenticate')).toBe('Basic realm="OpenCLR"');
    expect((await fetch(`${server.url}/ims/clr/v2p0/discovery`)).status).toBe(404);
  });
});
